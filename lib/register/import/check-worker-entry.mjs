// Workers start in plain Node: the check worker is TypeScript, loaded through tsx as the CLI is.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
