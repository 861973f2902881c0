package sv.gob.inpep.sesep.it;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verdict on a queue race, from what the claimers saw: every claim (agent, ticket, when the
 * call started and returned) and the tickets still waiting at the end.
 * <ul>
 * <li>duplicates: claims of a ticket someone had already claimed (must be 0);</li>
 * <li>lost: tickets neither claimed nor waiting (must be 0);</li>
 * <li>inversions: pairs of tickets claimed in the opposite order to the queue's (priority, then
 * age), counting by when the claims returned. Concurrency allows them: a claimer that locked the
 * head ticket may return after one that skipped it and took the next, and a thread may simply be
 * descheduled before it returns;</li>
 * <li>unexplained: claims that got a ticket behind one claimed by a call that had <em>already
 * returned</em> before this call began. No overlap, no excuse: the queue order was broken (must
 * be 0).</li>
 * </ul>
 * All tickets must have been waiting before the first claim, as in a drain.
 */
record ClaimCheck(int tickets, int claims, int distinctClaimed, int duplicates, int lost, int stillWaiting,
                  long inversions, int maxDisplacement, int unexplained) {

    record Claim(String agent, long ticketId, long startNanos, long endNanos) {
    }

    /** @param queueOrder the tickets in the order the queue should hand them out */
    static ClaimCheck of(List<Long> queueOrder, List<Claim> claims, Collection<Long> stillWaiting) {
        Map<Long, Integer> rank = new HashMap<>();
        for (int i = 0; i < queueOrder.size(); i++) {
            rank.put(queueOrder.get(i), i);
        }
        List<Claim> byEnd = claims.stream().sorted(Comparator.comparingLong(Claim::endNanos)).toList();
        Set<Long> seen = new HashSet<>();
        int duplicates = 0;
        int[] ranks = new int[byEnd.size()];
        long[] ends = new long[byEnd.size()];
        int n = 0;
        int maxDisplacement = 0;
        for (Claim claim : byEnd) {
            if (!seen.add(claim.ticketId())) {
                duplicates++;
                continue;
            }
            Integer r = rank.get(claim.ticketId());
            if (r != null) {
                maxDisplacement = Math.max(maxDisplacement, Math.abs(r - n));
                ends[n] = claim.endNanos();
                ranks[n++] = r;
            }
        }
        ranks = Arrays.copyOf(ranks, n);
        ends = Arrays.copyOf(ends, n);
        // prefixMax[k] = the furthest queue position among the first k claims to return.
        int[] prefixMax = new int[n + 1];
        prefixMax[0] = -1;
        for (int k = 0; k < n; k++) {
            prefixMax[k + 1] = Math.max(prefixMax[k], ranks[k]);
        }
        int unexplained = 0;
        Set<Long> counted = new HashSet<>();
        for (Claim claim : claims) {
            Integer r = rank.get(claim.ticketId());
            if (r == null || !counted.add(claim.ticketId())) {
                continue;
            }
            int returnedBefore = lowerBound(ends, claim.startNanos());
            if (prefixMax[returnedBefore] > r) {
                unexplained++;
            }
        }
        Set<Long> waiting = new HashSet<>(stillWaiting);
        int lost = 0;
        for (Long ticket : queueOrder) {
            if (!seen.contains(ticket) && !waiting.contains(ticket)) {
                lost++;
            }
        }
        return new ClaimCheck(queueOrder.size(), claims.size(), seen.size(), duplicates, lost, waiting.size(),
                inversions(ranks), maxDisplacement, unexplained);
    }

    /** How many of the sorted values are below {@code key}. */
    private static int lowerBound(long[] sorted, long key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Pairs out of order, by merge sort. */
    static long inversions(int[] values) {
        return sortCount(values.clone(), new int[values.length], 0, values.length);
    }

    private static long sortCount(int[] a, int[] buffer, int from, int to) {
        if (to - from < 2) {
            return 0;
        }
        int mid = (from + to) >>> 1;
        long count = sortCount(a, buffer, from, mid) + sortCount(a, buffer, mid, to);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            if (a[i] <= a[j]) {
                buffer[k++] = a[i++];
            } else {
                buffer[k++] = a[j++];
                count += mid - i;
            }
        }
        while (i < mid) {
            buffer[k++] = a[i++];
        }
        while (j < to) {
            buffer[k++] = a[j++];
        }
        System.arraycopy(buffer, from, a, from, to - from);
        return count;
    }

    @Override
    public String toString() {
        return String.format("%d tickets, %d claims (%d distinct), %d duplicates, %d lost, %d still waiting,"
                        + " %d inversions between overlapping claims (max displacement %d), %d unexplained",
                tickets, claims, distinctClaimed, duplicates, lost, stillWaiting, inversions, maxDisplacement,
                unexplained);
    }
}
