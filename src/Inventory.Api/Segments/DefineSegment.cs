using Inventory.Api.Access;
using Inventory.Api.OpenApi;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Portfolio.Decisions;
using Inventory.Domain.Vocabulary;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Http;
using Inventory.Api.Writes;

namespace Inventory.Api.Segments;

public sealed record DefineSegmentRequest([RequiredField] string? Name, string? Description, [RequiredField, Vocabulary<Motivation>] string? Motivation, [RequiredField] string? EffectiveDate);

public static class DefineSegmentEndpoint
{
    /// <summary>Defines a customer segment with its objective; answers 201 with its id and version 1.</summary>
    [WolverinePost("/api/segments"), Authorize(Policy = Policies.Edit)]
    [ProducesResponseType<CommandAnswer>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(DefineSegmentRequest request, WritePath writes, HttpContext http)
    {
        var fields = new RequestFields();
        var command = new DefineSegment(Guid.NewGuid(), fields.Text(request.Name, "name"), request.Description,
            fields.Enum<Motivation>(request.Motivation, "motivation"), fields.Date(request.EffectiveDate, "effectiveDate"));
        fields.ThrowIfInvalid();
        return writes.CreateAsync<SegmentPortfolio>(http, request, new StreamRef(command.SegmentId, "Segment"), _ => [command.Decide()],
            version => new CommandAnswer(command.SegmentId, version), $"/api/segments/{command.SegmentId}");
    }
}
