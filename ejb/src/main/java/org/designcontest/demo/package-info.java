/**
 * Demo data for trying the platform locally: loaded at startup only when switched on
 * (DESIGNCONTEST_DEMO_DATA=true, as the README's run command does) and only into an empty database.
 */
package org.designcontest.demo;
