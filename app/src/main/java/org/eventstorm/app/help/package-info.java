/** Help inside the app: the cheat sheet of every shortcut. */
package org.eventstorm.app.help;
