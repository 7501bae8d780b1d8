// Steps of staff's journeys through the console at /admin/, shared by the tests that take them.

/** The demo's staff of 太和社区, one of each role (README). */
export const STAFF = {
  admin: { name: "王芳", password: "taihe-admin-demo" },
  editor: { name: "李娜", password: "taihe-editor-demo" },
  coordinator: { name: "张伟", password: "taihe-coordinator-demo" },
};

/** A member of staff's own browser, signed in to the console; what reached the page's error handler is in `errors`. */
export async function signedInConsole(browser, siteUrl, who) {
  const context = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai", viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${siteUrl}/admin/`);
  const console = page.locator("community-admin");
  await console.getByLabel("社区编号").fill("taihe");
  await console.getByLabel("姓名").fill(who.name);
  await console.getByLabel("密码").fill(who.password);
  await console.getByRole("button", { name: "登录" }).click();
  await console.locator(".console__header").waitFor();
  return { context, page, console, errors };
}

/** Lists the events titled `title` on `day` (YYYY-MM-DD) in the events section. */
export async function findEvent(console, title, day, to = day) {
  await console.getByLabel("搜索标题或地点").fill(title);
  await console.getByLabel("从", { exact: true }).fill(day);
  await console.getByLabel("到", { exact: true }).fill(to);
  await console.getByRole("button", { name: "筛选" }).click();
  // The list before the search stays until the answer comes: wait until every row listed is one searched for.
  for (let tries = 0; tries < 100; tries++) {
    const titles = await console.locator("tbody th").allTextContents();
    if (titles.length && titles.every((text) => text.includes(title))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the search for ${title} did not answer`);
}
