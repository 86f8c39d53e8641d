package vn.ndaf.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SignInAttemptsTest {

    /** A clock the test moves. */
    private static final class Moving extends Clock {
        Instant now = Instant.parse("2030-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void fiveFailuresInARow_LockTheAccountForTheDuration_ThenItMayTryAgain() {
        Moving clock = new Moving();
        SignInAttempts attempts = new SignInAttempts(5, Duration.ofMinutes(15), 100, clock);
        for (int i = 0; i < 4; i++) {
            attempts.failed("an", "10.0.0." + i);
        }
        assertThat(attempts.refusal("an", "10.0.0.9")).isNull();
        attempts.failed("an", "10.0.0.5");
        assertThat(attempts.refusal("an", "10.0.0.9")).contains("The account an is locked after 5 failed sign-ins");
        assertThat(attempts.refusal("other", "10.0.0.9")).as("another account").isNull();
        clock.now = clock.now.plus(Duration.ofMinutes(15)).plusSeconds(1);
        assertThat(attempts.refusal("an", "10.0.0.9")).isNull();
        attempts.failed("an", "10.0.0.9");
        assertThat(attempts.locked("an")).as("the count starts again after a lock").isFalse();
    }

    @Test
    void success_ResetsTheCount() {
        SignInAttempts attempts = new SignInAttempts(3, Duration.ofMinutes(15), 100, new Moving());
        attempts.failed("b", "a");
        attempts.failed("b", "a");
        attempts.succeeded("b");
        attempts.failed("b", "a");
        attempts.failed("b", "a");
        assertThat(attempts.locked("b")).isFalse();
        attempts.failed("b", "a");
        assertThat(attempts.locked("b")).isTrue();
    }

    @Test
    void manyFailuresFromOneAddress_AreRefusedForTheRestOfTheMinute_WhateverTheAccount() {
        Moving clock = new Moving();
        SignInAttempts attempts = new SignInAttempts(1000, Duration.ofMinutes(15), 3, clock);
        attempts.failed("x1", "192.0.2.1");
        attempts.failed("x2", "192.0.2.1");
        assertThat(attempts.refusal("x4", "192.0.2.1")).isNull();
        attempts.failed("x3", "192.0.2.1");
        assertThat(attempts.refusal("x4", "192.0.2.1")).contains("Too many failed sign-ins from 192.0.2.1");
        assertThat(attempts.refusal("x4", "192.0.2.2")).as("another address").isNull();
        clock.now = clock.now.plusSeconds(61);
        assertThat(attempts.refusal("x4", "192.0.2.1")).isNull();
    }
}
