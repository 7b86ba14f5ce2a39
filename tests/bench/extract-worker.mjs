// A bench worker: extracts the texts it is given with the compiled pipeline
// and reports when it is warm and when it is done (no disk, no corpus).
import { parentPort, workerData } from "node:worker_threads";

const { extract } = await import(workerData.extractModule);
extract('President Vladimir Putin said in Moscow: "We want talks."', { id: "warm-up" });
parentPort.postMessage({ type: "ready" });
parentPort.once("message", (texts) => {
  for (let i = 0; i < texts.length; i++) extract(texts[i], { id: `b${i}` });
  parentPort.postMessage({ type: "done" });
});
