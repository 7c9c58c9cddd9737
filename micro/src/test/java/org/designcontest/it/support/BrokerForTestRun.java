package org.designcontest.it.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the broker once before any integration test (so it is up before Payara Micro boots) and
 * stops it when the test run ends, also if the JVM is stopped: nothing is left running.
 */
public class BrokerForTestRun implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    OpenMqBroker.start();
    Runtime.getRuntime().addShutdownHook(new Thread(OpenMqBroker::stop));
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    OpenMqBroker.stop();
  }
}
