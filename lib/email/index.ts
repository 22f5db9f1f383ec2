export { sendEmail, type Email, type SentEmail } from './send';
