// The standalone bundle of <community-events>: Lit and everything else included.
import "@community-kit/events/define";
