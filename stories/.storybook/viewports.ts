/** The screens residents read the widgets on (DOMAIN.md): older Android phones, iPhones, and WeChat's in-app browser. */
export const RESIDENT_VIEWPORTS = {
  android360: { name: "Android phone 360×640", styles: { width: "360px", height: "640px" }, type: "mobile" },
  iphone375: { name: "iPhone 8 / SE 375×667", styles: { width: "375px", height: "667px" }, type: "mobile" },
  iphone390: { name: "iPhone 12–15 390×844", styles: { width: "390px", height: "844px" }, type: "mobile" },
  // WeChat's title bar takes 64 px of an iPhone 8's 667 when a link is opened in a chat.
  wechat: { name: "WeChat in-app browser 375×603", styles: { width: "375px", height: "603px" }, type: "mobile" },
  desktop: { name: "Desktop 1280×900", styles: { width: "1280px", height: "900px" }, type: "desktop" },
};
