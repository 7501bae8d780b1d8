// The standalone bundle of <community-volunteer-signup>: Lit and everything else included.
import "@community-kit/volunteers/define";
