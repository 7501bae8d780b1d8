// Fails when a bundle outgrows its budget (budgets.mjs says each, and why it is what it is).
import { KB, measureBudgets } from "./budgets.mjs";

let failed = 0;
for (const { name, size, budget } of await measureBudgets()) {
  const ok = size <= budget;
  if (!ok) failed++;
  console.log(`${ok ? "ok  " : "OVER"} ${(size / KB).toFixed(2).padStart(6)} kB of ${String(budget / KB)} kB  ${name}`);
}
if (failed) {
  console.error(`${failed} bundle(s) over budget`);
  process.exit(1);
}
