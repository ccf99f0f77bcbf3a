// Worker of the bench's two-thread raw wink-nlp figure: readDoc over the texts
// it is given, posting back the milliseconds it took. Plain JavaScript because
// Node 20 workers do not inherit the tsx loader the bench runs under.
import { parentPort, workerData } from 'node:worker_threads';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model, ['sbd', 'pos']);
const started = performance.now();
for (const text of workerData) nlp.readDoc(text).tokens().length();
parentPort.postMessage(performance.now() - started);
