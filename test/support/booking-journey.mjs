// Steps of a resident's journey through the demo's room booking, shared by the tests that take it.

/** Chooses `room` among the cards and opens `day` (YYYY-MM-DD) of its times. */
export async function openRoomDay(widget, room, day) {
  await widget.locator(".card", { hasText: room }).getByRole("button", { name: "选择" }).click();
  await widget.getByLabel("日期").fill(day);
}

/** A slot by the name a screen reader reads, e.g. "09:00 至 09:30，可预约"; with `state`, only while it says so. */
export const slot = (widget, from, to, state = ".+") => widget.getByRole("option", { name: new RegExp(`^${from} 至 ${to}\\s*，\\s*${state}$`) });

/** Fills the booking form as a resident would, and ticks the consent. */
export async function fillBookingForm(widget, resident) {
  await widget.getByLabel("用途").fill(resident.purpose);
  await widget.getByLabel("人数").fill(resident.attendees);
  await widget.getByLabel("姓名").fill(resident.name);
  await widget.getByLabel("手机号码").fill(resident.phone);
  await widget.getByLabel("我已阅读并同意以上说明").check();
}
