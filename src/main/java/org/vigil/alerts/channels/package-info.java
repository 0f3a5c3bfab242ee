/**
 * The channels an alert's deliveries go out on: the in-app inbox, SMTP email and a signed
 * webhook. Each is a {@link org.vigil.alerts.Messenger}; none carries report text.
 */
package org.vigil.alerts.channels;
