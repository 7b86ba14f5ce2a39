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
 * Learnt words of letters alone are kept: wink never splits them, known or
 * not, and tags them the same either way, so they cannot carry one article's
 * reading into another (checked on CoNLL train and testa and the shared news,
 * 1,271 texts, in either order). Numbers are not safe ("Euro 96" tags 96 as a
 * proper noun once 96 is known), nor punctuated entries like "candidate's":
 * those are forgotten. Relearning every word per article cost a quarter of segmenting.
 */
const SAFE_TO_KEEP = /^\p{L}+$/u;

/** Past this many learnt entries the instance is rebuilt, which bounds its memory. */
const MAX_LEARNT = 100_000;

/**
 * The model's custom-entity meta model, read once. Its loader stringifies a
 * module-level variable in place, so every later call escapes the previous
 * string again: an instance rebuilt a dozen times failed with "Invalid string length".
 */
const metaCER = model.metaCER as () => unknown;
let cerMeta: unknown;

function createSession(): Session {
  let lexeme: LexemeFeature | undefined;
  const core = model.core as () => { features: { lexeme: LexemeFeature } };
  const wrapped = Object.assign(Object.create(null) as object, model, {
    core: () => {
      const m = core();
      lexeme = m.features.lexeme;
      return m;
    },
    metaCER: () => {
      cerMeta ??= metaCER();
      return cerMeta;
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

/** Drops the shared instance: the next article gets a freshly loaded one (for tests that compare against a fresh reading). */
export function forgetWink(): void {
  session = undefined;
}
