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
  /** Unknown words added while reading the current article. */
  readonly current: Set<string>;
}

/** Past this many learnt entries the instance is rebuilt, which bounds its memory. */
const MAX_LEARNT = 100_000;

/** Wraps the lexicon hash so words learnt during earlier articles are not seen again. */
function forgetful(hash: Record<string, number>, base: number, current: Set<string>): Record<string, number> {
  return new Proxy(hash, {
    get(target, key) {
      const index = Reflect.get(target, key) as number | undefined;
      if (index === undefined || typeof key !== "string") return index;
      return index < base || current.has(key) ? index : undefined;
    },
    set(target, key, value) {
      if (typeof key === "string") current.add(key);
      return Reflect.set(target, key, value);
    },
  });
}

function createSession(): Session {
  const current = new Set<string>();
  let lexeme: LexemeFeature | undefined;
  let base = 0;
  const core = model.core as () => { features: { lexeme: LexemeFeature } };
  const wrapped = Object.assign(Object.create(null) as object, model, {
    core: () => {
      const m = core();
      lexeme = m.features.lexeme;
      base = lexeme.list.length;
      lexeme.hash = forgetful(lexeme.hash, base, current);
      return m;
    },
  }) as typeof model;
  const nlp = winkNLP(wrapped, ["sbd", "pos"]);
  if (!lexeme) throw new Error("wink-nlp did not load its core model");
  return { nlp, lexeme, base, current };
}

let session: Session | undefined;

/** The shared instance, as the previous article left it. */
export function wink(): WinkMethods {
  session ??= createSession();
  return session.nlp;
}

/** The shared instance, reset to the model's own lexicon: call once per article. */
export function winkForArticle(): WinkMethods {
  if (session && session.lexeme.list.length - session.base > MAX_LEARNT) session = undefined;
  session ??= createSession();
  session.current.clear();
  return session.nlp;
}
