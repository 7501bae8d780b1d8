import { describe, expect, it } from "vitest";
import { type Submission, SubmitFlow, type SubmitState } from "./submit-flow.js";

interface Form {
  name: string;
}
type State = SubmitState<Form, { id: string }>;

function flowWith() {
  const focused: string[] = [];
  const flow = new SubmitFlow<State>(
    { requestUpdate: () => {}, focusAfterRender: async (selector) => void focused.push(selector), stylesRoot: () => ({}) as DocumentFragment },
    { name: "" },
  );
  return { flow, focused };
}

/** A write that records the keys it was sent with and answers as `answer` says. */
function submission(
  answer: (key: string) => Promise<{ id: string }>,
  keys: string[],
  more: Partial<Submission<State, Form, { id: string }>> = {},
): Submission<State, Form, { id: string }> {
  return {
    check: (form) => (form.name ? { errors: {}, request: form } : { errors: { name: "Enter your name" } }),
    send: (_, key) => {
      keys.push(key);
      return answer(key);
    },
    succeeded: (result) => result,
    failed: () => ({ problem: "No connection" }),
    doneFocus: "#done",
    ...more,
  };
}

describe("the shared submit of the residents' forms", () => {
  it("shows the errors of a form that does not pass, and sends nothing", async () => {
    const { flow, focused } = flowWith();
    const keys: string[] = [];
    await flow.send(submission(async () => ({ id: "r1" }), keys));
    expect(flow.state.errors).toEqual({ name: "Enter your name" });
    expect(keys).toEqual([]);
    expect(focused).toEqual([".error-summary"]);
  });

  it("resends what failed with the same key, so that the server replays; a changed request gets a new one", async () => {
    const { flow, focused } = flowWith();
    const keys: string[] = [];
    flow.input("name", "王秀英");
    await flow.send(submission(() => Promise.reject(new Error("offline")), keys));
    expect(flow.state).toMatchObject({ problem: "No connection", submitting: false, form: { name: "王秀英" } });
    await flow.send(submission(async () => ({ id: "r1" }), keys));
    expect(keys[1]).toBe(keys[0]);
    expect(flow.state.done).toEqual({ id: "r1" });
    expect(focused).toEqual([".error-summary", "#done"]);
    flow.input("name", "李建国");
    await flow.send(submission(async () => ({ id: "r2" }), keys));
    expect(keys[2]).not.toBe(keys[0]);
  });

  it("shows a write kept on the device as waiting, then the server's answer when it comes", async () => {
    const { flow } = flowWith();
    let deliver!: (answer: { result: { id: string } }) => void;
    const delivered = new Promise<{ result: { id: string } }>((resolve) => (deliver = resolve));
    const queued = Object.assign(new Error("kept"), { name: "CommunityWriteQueued", delivered });
    let later: boolean | undefined;
    flow.input("name", "王秀英");
    const sending = flow.send(
      submission(() => Promise.reject(queued), [], {
        succeeded: (result, _, wasLater) => {
          later = wasLater;
          return result;
        },
      }),
    );
    await Promise.resolve();
    await Promise.resolve();
    expect(flow.state).toMatchObject({ queued: true, submitting: false });
    deliver({ result: { id: "r1" } });
    await sending;
    expect(flow.state).toMatchObject({ queued: false, done: { id: "r1" } });
    expect(later).toBe(true);
  });

  it("does not show an answer once the resident has moved on", async () => {
    const { flow } = flowWith();
    flow.input("name", "王秀英");
    await flow.send(submission(async () => ({ id: "r1" }), [], { current: () => false }));
    expect(flow.state.done).toBeUndefined();
  });
});
