package seqplay.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EventQueueTest {
    @Test
    void eventsAreTakenAsOneJsonArrayInTheOrderTheyWereAdded() {
        EventQueue q = new EventQueue();
        q.add(q.event("output").name("text").value("Epoch 1/10\n"));
        q.add(q.event("live").name("line").value("1/5 ━━━━"));
        assertEquals("[{\"type\":\"output\",\"text\":\"Epoch 1/10\\n\"},{\"type\":\"live\",\"line\":\"1/5 ━━━━\"}]",
                q.take());
        assertEquals("[]", q.take());
    }

    @Test
    void arraysTravelBesideTheJsonAndAreReferencedByIndex() {
        EventQueue q = new EventQueue();
        Json e = q.event("chart").name("kind").value("regression").name("x");
        q.array(e, new double[] {1, 2}).name("y");
        q.array(e, new double[] {3});
        q.add(e);
        assertEquals("[{\"type\":\"chart\",\"kind\":\"regression\",\"x\":{\"$array\":0},\"y\":{\"$array\":1}}]",
                q.take());
        assertArrayEquals(new double[] {3}, q.takeArray(1));
        assertArrayEquals(new double[] {1, 2}, q.takeArray(0));
        assertArrayEquals(new double[0], q.takeArray(0), "an array is handed out once");
    }

    @Test
    void referencesKeepCountingAfterCompactSoAnOldReferenceNeverNamesANewArray() {
        EventQueue q = new EventQueue();
        Json e = q.event("weights").name("k");
        q.array(e, new double[] {1});
        q.add(e);
        q.take();
        q.compact();
        Json f = q.event("weights").name("k");
        q.array(f, new double[] {2});
        q.add(f);
        assertEquals("[{\"type\":\"weights\",\"k\":{\"$array\":1}}]", q.take());
        assertArrayEquals(new double[0], q.takeArray(0));
        assertArrayEquals(new double[] {2}, q.takeArray(1));
    }
}
