// The benchmark's seeded synthetic datasets, for unit tests anywhere under src/ (bench/generate.ts).
export { generateDataset } from '../bench/generate'
