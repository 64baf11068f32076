/**
 * The version of the state the journal derives (what the model's `apply` makes of each record, and the
 * state's shape). A snapshot of the state taken by another version is never loaded: it is rebuilt from the
 * journal. Raise it with any change to src/store/state-model.ts, src/store/model/ or src/store/schemas.ts
 * that changes the state a journal derives (test/store/model-version.test.ts asks, whenever they change).
 */
export const STATE_MODEL_VERSION = 1;
