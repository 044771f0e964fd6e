using Inventory.Domain.Portfolio;
using Inventory.Domain.Reviews;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Inventory.Domain.Audit;

namespace Inventory.Api.Audit;

/// <summary>
/// The audit log: one entry per portfolio event, with who, when and why. Run asynchronously. Entries are only ever
/// inserted (an event is described once), so a rebuild, which first deletes them all, writes them with COPY in bulk.
/// </summary>
public partial class AuditTrailProjection : EventProjection
{
    public const string ProjectionName = "AuditTrail";

    public AuditTrailProjection()
    {
        Name = ProjectionName;
        Options.DeleteViewTypeOnTeardown<AuditEntry>();
    }

    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        if (e.Data is IPortfolioEvent or IReviewEvent or ReviewOverdue)
        {
            var description = EventDescription.Of(e.Data);
            operations.Insert(new AuditEntry
            {
                Id = e.Id,
                Sequence = e.Sequence,
                StreamId = e.StreamId,
                Version = e.Version,
                Stream = e.Data is IPortfolioEvent ? "segment" : "review",
                SegmentId = SegmentOf(e),
                RelationshipId = description.RelationshipId,
                EventType = e.EventTypeName,
                EffectiveDate = description.EffectiveDate,
                RecordedAt = e.Timestamp,
                User = e.UserName,
                CorrelationId = e.CorrelationId,
                CausationId = e.CausationId,
                Reason = description.Reason,
                Summary = description.Summary,
            });
        }

        return ValueTask.CompletedTask;
    }

    private static Guid? SegmentOf(IEvent e) => e.Data switch
    {
        IPortfolioEvent => e.StreamId,
        ObjectiveRevisited r => r.SegmentId,
        DecisionRecorded r => r.SegmentId,
        DecisionApplied r => r.SegmentId,
        EnvironmentFactorRecorded { SegmentIds.Count: 1 } r => r.SegmentIds[0],
        _ => null,
    };
}
