// Generates reference vectors for the Java FSRS implementation from ts-fsrs.
// Deterministic: a fixed seed drives our own PRNG, so the output only changes
// when this script or the pinned ts-fsrs version changes.
//
// Usage: npm ci && node generate.mjs [output-path]

import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmptyCard, fsrs, generatorParameters, Rating } from 'ts-fsrs';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = resolve(
  here,
  process.argv[2] ?? '../../src/test/resources/fsrs/ts-fsrs-vectors.json',
);
const TS_FSRS_VERSION = JSON.parse(
  readFileSync(resolve(here, 'node_modules/ts-fsrs/package.json'), 'utf8'),
).version;

const SEED = 0x5eed_f5b5;
const RANDOM_HISTORIES = 1200;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// mulberry32: tiny, well-known 32-bit PRNG.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const randInt = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1)); // inclusive

const scheduler = fsrs(
  generatorParameters({ enable_fuzz: false, enable_short_term: false }),
);

function randomGrade() {
  const x = rand();
  if (x < 0.17) return Rating.Again;
  if (x < 0.32) return Rating.Hard;
  if (x < 0.8) return Rating.Good;
  return Rating.Easy;
}

// Gap to the next review, in ms. `card` is the state after the previous review.
function randomGap(card, last) {
  const x = rand();
  if (x < 0.04) return 0; // same instant
  if (x < 0.14) return randInt(1, 600) * MINUTE + randInt(0, MINUTE - 1); // minutes (often same day)
  if (x < 0.24) return randInt(1, 23) * HOUR + randInt(0, HOUR - 1); // hours
  if (x < 0.39) {
    // around the due date, as a diligent learner would review
    const due = card.due.getTime() - last;
    return Math.max(0, due + randInt(-12 * HOUR, 36 * HOUR));
  }
  if (x < 0.86) return randInt(1 * DAY, 60 * DAY); // 1-60 days, any time of day
  return randInt(60 * DAY, 366 * DAY); // months to a year
}

function stepRecord(reviewMs, grade, card) {
  return {
    t: reviewMs,
    g: grade,
    s: card.stability,
    d: card.difficulty,
    due: card.due.getTime(),
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    sd: card.scheduled_days,
    ed: card.elapsed_days,
  };
}

// Replays grades at the given instants; probes are computed from the final card.
function replay(name, instants, grades, probeInstants) {
  let card = createEmptyCard(new Date(instants[0]));
  const steps = [];
  for (let i = 0; i < instants.length; i++) {
    card = scheduler.next(card, new Date(instants[i]), grades[i]).card;
    steps.push(stepRecord(instants[i], grades[i], card));
  }
  const probes = probeInstants(card).map((at) => ({
    at,
    r: scheduler.get_retrievability(card, new Date(at), false),
  }));
  return { name, steps, probes };
}

function randomProbes(card) {
  const last = card.last_review.getTime();
  const span = card.due.getTime() - last;
  return [
    card.due.getTime(),
    last + randInt(0, 2 * span),
    last + randInt(1 * MINUTE, 730 * DAY),
  ];
}

function randomHistory(index) {
  const start = Date.UTC(2016, 0, 1) + randInt(0, 14 * 365 * DAY);
  const length = randInt(1, 15);
  const instants = [start];
  const grades = [randomGrade()];
  let card = scheduler.next(createEmptyCard(new Date(start)), new Date(start), grades[0]).card;
  for (let i = 1; i < length; i++) {
    const t = instants[i - 1] + randomGap(card, instants[i - 1]);
    const g = randomGrade();
    card = scheduler.next(card, new Date(t), g).card;
    instants.push(t);
    grades.push(g);
  }
  return replay(`random-${index}`, instants, grades, randomProbes);
}

// Hand-picked histories that stress boundaries random sampling may miss.
function edgeHistories() {
  const { Again, Hard, Good, Easy } = Rating;
  const base = Date.UTC(2024, 2, 10, 23, 59, 59, 999);
  const fixedProbes = (card) => {
    const last = card.last_review.getTime();
    return [last, last + DAY - 1, last + 10 * 365 * DAY];
  };
  const every = (n, gap, start = base) => Array.from({ length: n }, (_, i) => start + i * gap);
  const same = (n, g) => Array(n).fill(g);
  return [
    // 1 ms later but on the next UTC calendar day: elapsed_days is 1, not 0.
    replay('edge-midnight-1ms', [base, base + 1, base + 2], [Good, Good, Good], fixedProbes),
    // 23h59m later on the same UTC calendar day: elapsed_days is 0.
    replay('edge-same-calendar-day', [base + 1, base + DAY - 1, base + DAY - 1], [Good, Again, Easy], fixedProbes),
    replay('edge-same-instant', every(6, 0), [Again, Hard, Good, Easy, Again, Good], fixedProbes),
    replay('edge-easy-yearly-max-interval', every(15, 365 * DAY), same(15, Easy), fixedProbes),
    replay('edge-easy-decade-max-interval', every(15, 3650 * DAY, Date.UTC(1990, 0, 1, 7)), same(15, Easy), fixedProbes),
    replay('edge-again-forever', every(15, 200 * DAY), same(15, Again), fixedProbes),
    replay('edge-hard-daily', every(15, DAY), same(15, Hard), fixedProbes),
    replay('edge-good-minutes', every(15, 7 * MINUTE), same(15, Good), fixedProbes),
    replay('edge-first-again', [base], [Again], fixedProbes),
    replay('edge-first-hard', [base], [Hard], fixedProbes),
    replay('edge-first-good', [base], [Good], fixedProbes),
    replay('edge-first-easy', [base], [Easy], fixedProbes),
  ];
}

const histories = [...edgeHistories()];
for (let i = 0; i < RANDOM_HISTORIES; i++) histories.push(randomHistory(i));

const params = scheduler.parameters;
const output = {
  generator: 'tools/fsrs-vectors/generate.mjs',
  tsFsrsVersion: TS_FSRS_VERSION,
  seed: SEED,
  parameters: {
    w: [...params.w],
    requestRetention: params.request_retention,
    maximumInterval: params.maximum_interval,
    enableFuzz: params.enable_fuzz,
    enableShortTerm: params.enable_short_term,
  },
  histories,
};

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(output) + '\n');
const steps = histories.reduce((n, h) => n + h.steps.length, 0);
const probes = histories.reduce((n, h) => n + h.probes.length, 0);
console.log(
  `ts-fsrs ${TS_FSRS_VERSION}: ${histories.length} histories, ${steps} steps, ${probes} probes -> ${OUT}`,
);
