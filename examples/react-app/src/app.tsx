import { CommunityEvents, CommunityPartnerMap, CommunityProvider, CommunityRoomBooking, CommunityVolunteerSignup } from "@community-kit/react";
import { useState } from "react";

const SECTIONS = { events: "活动日历", rooms: "场地预约", volunteers: "志愿服务", partners: "共建单位" } as const;
type Section = keyof typeof SECTIONS;

/** A community centre's own React site: its navigation, the kit's widgets, and what they tell it. */
export function App() {
  const [section, setSection] = useState<Section>("events");
  const [status, setStatus] = useState("");
  return (
    <>
      <header>
        <h1>太和社区党群服务中心</h1>
        <nav aria-label="栏目">
          {(Object.keys(SECTIONS) as Section[]).map((key) => (
            <button key={key} type="button" aria-current={key === section ? "page" : undefined} onClick={() => setSection(key)}>
              {SECTIONS[key]}
            </button>
          ))}
        </nav>
      </header>
      <main>
        <h2>{SECTIONS[section]}</h2>
        <p className="status" role="status">
          {status}
        </p>
        <CommunityProvider api="/" community="taihe">
          {section === "events" && (
            <CommunityEvents
              view="list"
              onRangeChange={(event) => setStatus(`显示 ${event.detail.from} 至 ${event.detail.to} 的活动`)}
              onEventSelect={(event) => setStatus(`正在查看：${event.detail.event.title}`)}
            />
          )}
          {section === "rooms" && <CommunityRoomBooking onResourceSelect={(event) => setStatus(`已选择：${event.detail.resourceId}`)} />}
          {section === "volunteers" && <CommunityVolunteerSignup onSignupCreated={(event) => setStatus(`报名结果：${event.detail.status}`)} />}
          {section === "partners" && <CommunityPartnerMap onPartnerSelect={(event) => setStatus(`已选择共建单位：${event.detail.partnerId}`)} />}
        </CommunityProvider>
      </main>
    </>
  );
}
