package org.designcontest.it.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the broker and the mail server once before any integration test (so they are up before
 * Payara Micro boots) and stops them when the test run ends, also if the JVM is stopped: nothing is
 * left running.
 */
public class TestServices implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    OpenMqBroker.start();
    TestMail.start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  TestMail.stop();
                  OpenMqBroker.stop();
                }));
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    TestMail.stop();
    OpenMqBroker.stop();
  }
}
