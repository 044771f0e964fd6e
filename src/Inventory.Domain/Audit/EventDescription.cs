using System.Globalization;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Reviews;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Audit;

/// <summary>What an auditor reads of a portfolio event: its business date, the reason given and a one-line summary.</summary>
public sealed record EventDescription(DateOnly? EffectiveDate, string? Reason, string Summary, Guid? RelationshipId)
{
    public static EventDescription Of(object @event) => @event switch
    {
        IImportedChanges e => Imported(e),
        SegmentDefined e => new(e.EffectiveDate, null, $"Segment '{e.Name}' defined with objective {Names.Of(e.Motivation)}", null),
        SegmentObjectiveChanged e => new(e.EffectiveDate, e.Rationale, $"Objective changed to {Names.Of(e.Motivation)}", null),
        ExpectationRecorded e => new(e.EffectiveDate, null, $"Expects {Names.Of(e.Type)} (importance {e.Importance})", null),
        ExpectationWithdrawn e => new(e.EffectiveDate, e.Reason, $"No longer expects {Names.Of(e.Type)}", null),
        RelationshipEstablished e => new(e.EffectiveDate, null,
            $"Established {Names.Of(e.Type)} '{e.Name}' at {Money(e.MonthlyFixedCost)} {e.Currency}/month + {Money(e.CostPerInteraction)} per interaction", e.RelationshipId),
        RelationshipAdjusted e => new(e.EffectiveDate, e.Reason, $"Adjusted {string.Join(", ", Changed(e))}", e.RelationshipId),
        IntegrationLinked e => new(e.EffectiveDate, null, $"Linked to {Names.Of(e.Block)}: {e.Note}", e.RelationshipId),
        CostRevised e => new(e.EffectiveDate, Blank(e.Reason), $"Cost revised to {Money(e.MonthlyFixedCost)}/month + {Money(e.CostPerInteraction)} per interaction", e.RelationshipId),
        UsageRecorded e => new(e.Month.FirstDay, null, $"Usage {e.Month}: {Count(e.Interactions, "interaction")}, {Count(e.CustomersReached, "customer")} reached", e.RelationshipId),
        SatisfactionRecorded e => new(e.Month.FirstDay, null, $"Satisfaction {e.Month}: {e.Score.ToString("0.0##", CultureInfo.InvariantCulture)} from {Count(e.Responses, "response")}", e.RelationshipId),
        SegmentOutcomeRecorded e => new(e.Month.FirstDay, null,
            $"Outcome {e.Month}: revenue {Money(e.Revenue)}, {Count(e.NewCustomers, "new customer")}, {Count(e.LostCustomers, "lost customer")}, {Count(e.ActiveCustomers, "active customer")} at month end", null),
        RelationshipRetired e => new(e.EffectiveDate, Blank(e.Reason), "Relationship retired", e.RelationshipId),
        SegmentDiscontinued e => new(e.EffectiveDate, Blank(e.Reason), "Segment discontinued", null),
        SegmentReinstated e => new(e.EffectiveDate, Blank(e.Reason), "Segment reinstated", null),
        ReviewOpened e => new(e.PeriodStart, null, $"Review of {e.Period} opened{(e.Title is null ? "" : $": {e.Title}")}", null),
        EnvironmentFactorRecorded e => new(null, null, $"{(EnvironmentFactors.IsInternal(e.Factor) ? "Internal" : "External")} factor {Names.Of(e.Factor)} ({Names.Of(e.Impact)}): {e.Description}", null),
        ObjectiveRevisited e => new(e.EffectiveDate, e.Rationale, e.Confirmed ? $"Objective {Names.Of(e.Motivation)} confirmed" : $"Objective changed from {Names.Of(e.Previous)} to {Names.Of(e.Motivation)}", null),
        DecisionRecorded e => new(null, e.Rationale, $"Decision: {Names.Of(e.Decision)}", e.RelationshipId),
        DecisionApplied e => new(e.EffectiveDate, null, "Decision applied to the portfolio", e.RelationshipId),
        ReviewClosed e => new(null, e.Summary, $"Review closed at {e.ClosedAt.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}; its pack is frozen", null),
        ReviewOverdue e => new(e.PeriodEnd, null, $"Review of {e.Period} overdue since {e.DueAt.UtcDateTime:yyyy-MM-dd}", null),
        _ => new(null, null, @event.GetType().Name, null),
    };

    /// <summary>
    /// One change reads as that change, then where it came from; several as what and which months or dates. The reason
    /// is the rows' reason when they share one.
    /// </summary>
    private static EventDescription Imported(IImportedChanges imported)
    {
        var changes = imported.Changes().Select(Of).ToList();
        var file = imported.FileName.Length > 0 ? imported.FileName : $"a file (SHA-256 {imported.Sha256[..Math.Min(12, imported.Sha256.Length)]}…)";
        var reasons = changes.Select(c => c.Reason).Distinct().ToList();
        var reason = reasons.Count == 1 ? reasons[0] : null;
        var first = changes.Min(c => c.EffectiveDate);
        var relationshipId = (imported as IRelationshipEvent)?.RelationshipId;
        if (changes.Count == 1) return new(first, reason, $"{changes[0].Summary}, imported from {file}", relationshipId);
        var last = changes.Max(c => c.EffectiveDate);
        var summary = imported switch
        {
            UsageImported u => $"Usage of {u.Months.Count} months, {Span(u.Months.Min(m => m.Month), u.Months.Max(m => m.Month))}, imported from {file}",
            SatisfactionImported s => $"Satisfaction of {s.Months.Count} months, {Span(s.Months.Min(m => m.Month), s.Months.Max(m => m.Month))}, imported from {file}",
            OutcomesImported o => $"Outcomes of {o.Months.Count} months, {Span(o.Months.Min(m => m.Month), o.Months.Max(m => m.Month))}, imported from {file}",
            _ => $"{changes.Count} cost revisions, {Span(first, last)}, imported from {file}",
        };
        return new(first, reason, summary, relationshipId);
    }

    private static string Span(object? first, object? last) => Equals(first, last) ? Iso(first) : $"{Iso(first)} to {Iso(last)}";

    private static string Iso(object? value) => value is DateOnly d ? d.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture) : value?.ToString() ?? "";

    private static string? Blank(string? reason) => string.IsNullOrEmpty(reason) ? null : reason;

    // Invariant, with thousands separators: summaries are read in the audit log and its CSV whatever the reader's locale.
    private static string Money(decimal amount) => amount.ToString("#,0.00##", CultureInfo.InvariantCulture);

    private static string Count(long count, string noun) => $"{count.ToString("#,0", CultureInfo.InvariantCulture)} {noun}{(count == 1 ? "" : "s")}";

    private static IEnumerable<string> Changed(RelationshipAdjusted e)
    {
        if (e.Channels is not null) yield return $"channels → {string.Join("/", e.Channels.Select(Names.Of))}";
        if (e.Phases is not null) yield return $"phases → {string.Join("/", e.Phases.Select(Names.Of))}";
        if (e.Motivations is not null) yield return $"motivations → {string.Join("/", e.Motivations.Select(Names.Of))}";
        if (e.Horizon is { } h) yield return $"horizon → {Names.Of(h)}";
        if (e.Owner is not null) yield return $"owner → {e.Owner}";
        if (e.Provider is not null) yield return $"provider → {e.Provider}";
    }
}
