using Inventory.Api.Access;
using Inventory.Api.OpenApi;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Portfolio.Decisions;
using Inventory.Domain.Vocabulary;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Http;

namespace Inventory.Api.Segments;

public sealed record DefineSegmentRequest([RequiredField] string? Name, string? Description, [RequiredField, Vocabulary<Motivation>] string? Motivation, [RequiredField] string? EffectiveDate);

public static class DefineSegmentEndpoint
{
    /// <summary>Defines a customer segment with its objective; answers 201 with its id and version 1.</summary>
    [WolverinePost("/api/segments"), Authorize(Policy = Policies.Edit)]
    [ProducesResponseType<CommandAnswer>(StatusCodes.Status201Created)]
    public static async Task<IResult> Post(DefineSegmentRequest request, IDocumentSession session, HttpContext http)
    {
        var fields = new RequestFields();
        var command = new DefineSegment(Guid.NewGuid(), fields.Text(request.Name, "name"), request.Description,
            fields.Enum<Motivation>(request.Motivation, "motivation"), fields.Date(request.EffectiveDate, "effectiveDate"));
        fields.ThrowIfInvalid();

        var key = IdempotentAnswer.KeyOf(http);
        var fingerprint = IdempotentAnswer.FingerprintOf(http, request);
        if (await IdempotentAnswer.ReplayAsync(session, http, key, fingerprint) is { } replay) return replay;

        session.Events.StartStream<SegmentPortfolio>(command.SegmentId, command.Decide());
        return PortfolioWrites.Answer(session, http, key, fingerprint, new CommandAnswer(command.SegmentId, 1), 201,
            $"/api/segments/{command.SegmentId}");
    }
}
