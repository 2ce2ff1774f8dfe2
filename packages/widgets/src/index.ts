export { OnrampStatusBadge, type StatusTone, statusTones } from './status-badge/onramp-status-badge.js';
