using Inventory.Api.Access;
using Inventory.Api.OpenApi;
using Inventory.Domain.Reports;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Database;
using Inventory.Api.Http;
using Inventory.Api.Segments;

namespace Inventory.Api.Reports;

public sealed record DiffAnswer(DateOnly From, DateOnly To, DateTimeOffset? KnownAt, long UpToSequence, IReadOnlyList<SegmentDiff> Segments, string Currency);

public static class DiffEndpoint
{
    /// <summary>Per segment, what changed with effective dates after <c>from</c> up to <c>to</c>, each change with the event it comes from.</summary>
    [WolverineGet("/api/reports/diff"), Authorize(Policy = Policies.Read)]
    [ProducesResponseType<DiffAnswer>(StatusCodes.Status200OK, "application/json", "text/csv")]
    public static async Task<IResult> Get([RequiredField] string? from, [RequiredField] string? to, string? knownAt, IQuerySession session, ProjectionCatchUp catchUp, MonthlyFactsReader factsReader, HttpContext http)
    {
        var fields = new RequestFields();
        var fromDate = fields.Date(from, "from");
        var toDate = fields.Date(to, "to");
        var knownAtInstant = fields.OptionalInstant(knownAt, "knownAt");
        if (from is not null && to is not null && fromDate > toDate) fields.Error("from", Domain.Errors.ErrorCodes.FromAfterTo, "from must not be after to");
        fields.ThrowIfInvalid();

        var organization = await CurrentOrganization.LoadAsync(session, http);
        var (streams, upTo) = await new ReportInputs(session, catchUp, factsReader).EventsAsync(knownAtInstant, http.RequestAborted);
        var report = DiffReport.Build(fromDate, toDate, streams);
        return ReportAnswer.Of(http, new DiffAnswer(fromDate, toDate, knownAtInstant, upTo, report.Segments, organization.Currency), () =>
        {
            var csv = new Csv("segmentId", "segment", "change", "effectiveDate", "relationshipId", "subject", "old", "new", "reason",
                "eventId", "sequence", "recordedAt", "user");
            foreach (var s in report.Segments)
            {
                foreach (var c in s.Established) csv.Row(s.SegmentId, s.Name, "established", c.EffectiveDate, c.RelationshipId, c.Name, null, c.Type, c.Reason, c.Provenance.EventId, c.Provenance.Sequence, c.Provenance.RecordedAt, c.Provenance.User);
                foreach (var c in s.Retired) csv.Row(s.SegmentId, s.Name, "retired", c.EffectiveDate, c.RelationshipId, c.Name, null, null, c.Reason, c.Provenance.EventId, c.Provenance.Sequence, c.Provenance.RecordedAt, c.Provenance.User);
                foreach (var c in s.CostsRevised) csv.Row(s.SegmentId, s.Name, "costRevised", c.EffectiveDate, c.RelationshipId, c.Name, $"{c.Old.MonthlyFixedCost}/{c.Old.CostPerInteraction}", $"{c.New.MonthlyFixedCost}/{c.New.CostPerInteraction}", c.Reason, c.Provenance.EventId, c.Provenance.Sequence, c.Provenance.RecordedAt, c.Provenance.User);
                foreach (var c in s.Expectations) csv.Row(s.SegmentId, s.Name, $"expectation{char.ToUpperInvariant(c.Change[0])}{c.Change[1..]}", c.EffectiveDate, null, c.Type, c.PreviousImportance, c.Importance, null, c.Provenance.EventId, c.Provenance.Sequence, c.Provenance.RecordedAt, c.Provenance.User);
                foreach (var c in s.Objectives) csv.Row(s.SegmentId, s.Name, "objectiveChanged", c.EffectiveDate, null, null, c.From, c.To, c.Rationale, c.Provenance.EventId, c.Provenance.Sequence, c.Provenance.RecordedAt, c.Provenance.User);
                foreach (var c in s.Status) csv.Row(s.SegmentId, s.Name, c.Change, c.EffectiveDate, null, null, null, null, c.Reason, c.Provenance.EventId, c.Provenance.Sequence, c.Provenance.RecordedAt, c.Provenance.User);
            }

            return csv;
        }, "diff");
    }
}
