/**
 * `count` events in June 2026 and as many in July, in Shanghai time: so that
 * the first render and the render after "next month" both show `count`.
 * Deterministic: every run and both libraries get the same data.
 */
export interface BenchEvent {
  id: string;
  title: string;
  start: string;
  end: string;
  allDay: boolean;
}

const TITLES = ["书法课堂", "读书会", "合唱排练", "太极拳晨练", "广场舞队活动", "公益义诊", "科普讲座", "长者生日会", "周末电影放映"];

export function benchEvents(count: number): BenchEvent[] {
  const events: BenchEvent[] = [];
  for (const [month, days] of [
    [6, 30],
    [7, 31],
  ] as const) {
    for (let index = 0; index < count; index++) {
      const day = 1 + (index % days);
      const hour = 7 + (index % 13);
      const allDay = index % 17 === 0;
      const two = (n: number) => String(n).padStart(2, "0");
      const date = `2026-${two(month)}-${two(day)}`;
      events.push({
        id: `${month}-${index}`,
        title: `${TITLES[index % TITLES.length]} ${index}`,
        start: allDay ? date : `${date}T${two(hour)}:00:00+08:00`,
        end: allDay ? `2026-${two(month)}-${two(Math.min(day + 2, days))}` : `${date}T${two(hour + 1)}:30:00+08:00`,
        allDay,
      });
    }
  }
  return events;
}
