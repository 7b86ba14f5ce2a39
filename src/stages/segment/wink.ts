// The one place wink-nlp is loaded: its English model is read once, lazily,
// and shared by every article in the process. wink adds every unknown word to
// its lexicon and later keeps a word it knows whole ("candidate's" after
// "candidate's,"), so tokens would depend on the articles read before; each
// article therefore sees only the model's own lexicon plus its own words.
import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

interface LexemeFeature {
  hash: Record<string, number>;
  list: string[];
}

interface Session {
  readonly nlp: WinkMethods;
  readonly lexeme: LexemeFeature;
  /** Length of the lexicon as loaded: entries below it are the model's own. */
  readonly base: number;
  /** Lexicon entries from here on were learnt by the current article. */
  learntFrom: number;
}

/**
 * Learnt words made of letters and digits alone are kept: wink never splits
 * them, known or not, and tags them from their own characters, so they cannot
 * carry one article's reading into another (checked over the shared corpora in
 * either order). Only entries with punctuation, like "candidate's", are
 * forgotten. Relearning every word per article cost a quarter of segmenting.
 */
const SAFE_TO_KEEP = /^[\p{L}\p{N}]+$/u;

/** Past this many learnt entries the instance is rebuilt, which bounds its memory. */
const MAX_LEARNT = 100_000;

function createSession(): Session {
  let lexeme: LexemeFeature | undefined;
  const core = model.core as () => { features: { lexeme: LexemeFeature } };
  const wrapped = Object.assign(Object.create(null) as object, model, {
    core: () => {
      const m = core();
      lexeme = m.features.lexeme;
      return m;
    },
  }) as typeof model;
  const nlp = winkNLP(wrapped, ["sbd", "pos"]);
  if (!lexeme) throw new Error("wink-nlp did not load its core model");
  return { nlp, lexeme, base: lexeme.list.length, learntFrom: lexeme.list.length };
}

let session: Session | undefined;

/** The shared instance, as the previous article left it. */
export function wink(): WinkMethods {
  session ??= createSession();
  return session.nlp;
}

/**
 * The shared instance with the words earlier articles taught it forgotten:
 * call once per article. Learnt words stay in the list (wink indexes other
 * tables by position) but leave the hash, so wink meets them as new again.
 */
export function winkForArticle(): WinkMethods {
  if (session && session.lexeme.list.length - session.base > MAX_LEARNT) session = undefined;
  session ??= createSession();
  const { lexeme } = session;
  for (let i = session.learntFrom; i < lexeme.list.length; i++) {
    const word = lexeme.list[i];
    if (word !== undefined && lexeme.hash[word] === i && !SAFE_TO_KEEP.test(word)) delete lexeme.hash[word];
  }
  session.learntFrom = lexeme.list.length;
  return session.nlp;
}
