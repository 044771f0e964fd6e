using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Vocabulary;
using Marten;

namespace Inventory.Benchmarks;

/// <summary>
/// Writes a company's history straight into the event store (same events, same inline projections as the API, many
/// events per transaction): segments × relationships × months of usage and satisfaction, and every year a cost revision
/// and an adjustment (the motivations change); with <c>outcomes</c>, each segment's monthly outcome too. A longer
/// history (more months) keeps the same breadth: the same segments and relationships, more events each.
/// </summary>
public static class HistoryGenerator
{
    public const int EventsPerRelationshipAndYear = 2 * 12 + 2;

    public static async Task<long> WriteAsync(IDocumentStore store, string organization, int segments, int relationshipsPerSegment,
        YearMonth firstMonth, int months, int typesPerSegment = 5, int eventsPerTransaction = 20_000, bool outcomes = false)
    {
        long written = 0;
        var random = new Random(42);
        for (var s = 0; s < segments; s++)
        {
            var segmentId = Guid.NewGuid();
            var pending = new List<object> { new SegmentDefined(segmentId, $"Segment {s + 1:D2}", null, Motivation.Retention, firstMonth.FirstDay) };
            var started = false;

            async Task FlushAsync()
            {
                await using var session = store.LightweightSession(organization);
                if (!started) session.Events.StartStream<SegmentPortfolio>(segmentId, pending.ToArray());
                else session.Events.Append(segmentId, pending.ToArray());
                await session.SaveChangesAsync();
                written += pending.Count;
                started = true;
                pending.Clear();
            }

            var relationships = Enumerable.Range(0, relationshipsPerSegment).Select(i => (Id: Guid.NewGuid(), Type: (RelationshipType)(i % typesPerSegment))).ToArray();
            foreach (var (id, type) in relationships)
            {
                pending.Add(new RelationshipEstablished(segmentId, id, type, $"{type} {id.ToString()[..8]}", [Channel.Web], [Phase.AfterPurchase],
                    [Motivation.Retention], Horizon.LongTerm, null, type == RelationshipType.ThirdParty ? "Provider" : null,
                    random.Next(100, 5000), random.Next(0, 300) / 100m, "EUR", firstMonth.FirstDay));
            }

            var month = firstMonth;
            for (var m = 0; m < months; m++, month = month.Next())
            {
                foreach (var (id, _) in relationships)
                {
                    pending.Add(new UsageRecorded(segmentId, id, month, random.Next(0, 20_000), random.Next(0, 5_000)));
                    pending.Add(new SatisfactionRecorded(segmentId, id, month, random.Next(40, 100), random.Next(1, 400)));
                    if (month.Month == 1 && m > 0)
                    {
                        pending.Add(new CostRevised(segmentId, id, random.Next(100, 5000), random.Next(0, 300) / 100m, month.FirstDay, "Yearly contract"));
                        pending.Add(new RelationshipAdjusted(segmentId, id, null, null,
                            [month.Year % 2 == 0 ? Motivation.Retention : Motivation.Acquisition], null, null, null, month.FirstDay, "Yearly plan"));
                    }
                }

                if (outcomes)
                {
                    pending.Add(new SegmentOutcomeRecorded(segmentId, month, random.Next(0, 500_000) / 10m, random.Next(0, 200), random.Next(0, 150),
                        random.Next(500, 5_000)));
                }

                if (pending.Count >= eventsPerTransaction) await FlushAsync();
            }

            if (pending.Count > 0) await FlushAsync();
        }

        return written;
    }
}
