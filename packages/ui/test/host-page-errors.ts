/**
 * Fails each test of the suite in which anything reached the host page's error
 * handlers: the widgets promise never to break the page around them.
 */
export function failOnUncaughtErrors(): void {
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  before(() => {
    window.addEventListener("error", onError);
    window.addEventListener("unhandledrejection", onRejection);
  });
  after(() => {
    window.removeEventListener("error", onError);
    window.removeEventListener("unhandledrejection", onRejection);
  });
  beforeEach(() => (uncaught.length = 0));
  afterEach(() => {
    if (uncaught.length) throw new Error(`errors reached the host page: ${uncaught.map(String).join("; ")}`);
  });
}
