using System.Text.Json;
using Inventory.Domain.Errors;
using Inventory.Domain.Portfolio;
using Inventory.Api.Http;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Inventory.Api.Imports;

/// <summary>Every bad row of a rejected import: nothing of the file was recorded.</summary>
public sealed class ImportRejected(IReadOnlyList<ImportError> errors) : Exception($"The import has {errors.Count} bad rows"), IDescribesProblem
{
    public IReadOnlyList<ImportError> Errors { get; } = errors;

    public ProblemDetails Problem()
    {
        var problem = new ProblemDetails
        {
            Status = 422, Title = "The import was rejected; nothing was recorded",
            Detail = $"{Errors.Count} bad rows. Correct them and send the whole file again.",
        };
        problem.Extensions["rows"] = Errors.Take(10_000).ToList();
        var columns = Errors.GroupBy(x => x.Column).ToList();
        problem.Extensions["errors"] = columns.ToDictionary(g => g.Key, g => g.Take(20).Select(x => $"line {x.Line}: {x.Message}").ToArray());
        problem.Extensions[ProblemCodes.FieldCodes] = columns.ToDictionary(g => g.Key, g => g.Take(20).Select(x => x.Code).ToArray());
        return ProblemCodes.With(problem, ErrorCodes.ImportRejected, ErrorArgs.Of("body", ("count", Errors.Count)));
    }
}

public sealed record ImportResult(ImportKind Kind, int Rows, int Segments, long Events);

/// <summary>The file an import reads: its name (as the client gave it; may be empty) and the SHA-256 of its bytes (hex).</summary>
public sealed record ImportSource(string FileName, string Sha256)
{
    public static ImportSource Of(string? fileName, ReadOnlySpan<byte> content) =>
        new(fileName ?? "", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)));

    public static async Task<ImportSource> OfFileAsync(string path, CancellationToken ct = default)
    {
        await using var file = File.OpenRead(path);
        return new(Path.GetFileName(path), Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(file, ct)));
    }
}

/// <summary>
/// Validates every row against the segments as they stand (and as the earlier rows change them), then appends the
/// file's changes in the caller's transaction — one event per relationship, naming the file — or nothing: a file with
/// a bad row is rejected whole, with every bad row reported. Outcomes are one event per segment.
/// </summary>
public static class Importer
{
    public static async Task<ImportResult> ImportAsync(IDocumentSession session, ImportKind kind, IReadOnlyList<ImportRow> rows, string currency,
        ImportSource source, Action<int>? progress = null, CancellationToken ct = default)
    {
        var errors = new List<ImportError>();
        var bySegment = rows.GroupBy(r => r.SegmentId).OrderBy(g => g.Key).ToList();
        var states = new Dictionary<Guid, (SegmentPortfolio State, List<IPortfolioEvent> Events)>();
        foreach (var group in bySegment)
        {
            // Locked in a fixed order so two imports over the same segments can't deadlock.
            var stream = await session.Events.FetchForExclusiveWriting<SegmentPortfolio>(group.Key, ct);
            if (stream.Aggregate is null)
            {
                errors.AddRange(group.Select(r => new ImportError(r.Line, "segmentId", ErrorCodes.UnknownSegment, $"the organization has no segment {group.Key}")));
                continue;
            }

            // A private copy to fold the rows into: the aggregate Marten handed us gets the appended events itself.
            states[group.Key] = (Copy(stream.Aggregate), []);
        }

        var done = 0;
        foreach (var row in rows)
        {
            if (!states.TryGetValue(row.SegmentId, out var segment)) continue;
            try
            {
                var e = row.Decide(segment.State, currency);
                PortfolioEvolution.Evolve(segment.State, e);
                segment.Events.Add(e);
            }
            catch (RuleViolation violation)
            {
                errors.Add(new ImportError(row.Line, violation.Field, violation.Code, violation.Message, violation.Args));
            }
            catch (UnknownRelationship unknown)
            {
                errors.Add(new ImportError(row.Line, "relationshipId", ErrorCodes.RelationshipNotFound, unknown.Message));
            }

            progress?.Invoke(++done);
        }

        if (errors.Count > 0) throw new ImportRejected(errors.OrderBy(e => e.Line).ToList());

        long events = 0;
        foreach (var (id, (_, changes)) in states)
        {
            var imported = ImportedChanges.Gather(changes, source.FileName, source.Sha256);
            session.Events.Append(id, imported.ToArray<object>());
            events += imported.Count;
        }

        return new ImportResult(kind, rows.Count, states.Count, events);
    }

    private static SegmentPortfolio Copy(SegmentPortfolio segment) =>
        JsonSerializer.Deserialize<SegmentPortfolio>(JsonSerializer.Serialize(segment))!;
}
