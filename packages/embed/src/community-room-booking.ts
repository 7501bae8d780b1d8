// The standalone bundle of <community-room-booking>: Lit and everything else included.
import "@community-kit/rooms/define";
