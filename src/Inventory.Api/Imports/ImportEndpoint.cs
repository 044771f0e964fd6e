using Inventory.Api.Access;
using Inventory.Api.OpenApi;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Http;

namespace Inventory.Api.Imports;

public static class ImportEndpoint
{
    /// <summary>
    /// Imports a CSV file (the body, <c>text/csv</c>) of monthly usage, satisfaction, cost revisions or segment outcomes (<c>?kind=</c>),
    /// named by <c>?fileName=</c> (the audit shows "imported from" it). All rows or none: a file with a bad row answers
    /// 422 listing every bad row (line, column, why). Recorded as one event per relationship (per segment for outcomes), with the file's name and SHA-256.
    /// </summary>
    [WolverinePost("/api/imports"), Authorize(Policy = Policies.Edit)]
    [ProducesResponseType<ImportResult>(StatusCodes.Status201Created), RequestContent("text/csv")]
    public static async Task<IResult> Post([RequiredField, Vocabulary<ImportKind>] string? kind, string? fileName, IDocumentSession session, HttpContext http, TimeProvider clock)
    {
        if (!Enum.TryParse<ImportKind>(kind, out var importKind) || !Enum.IsDefined(importKind))
            throw new InvalidRequest("kind", Domain.Errors.ErrorCodes.NotInVocabulary, "kind is one of: usage, satisfaction, cost, outcomes");
        if (http.Request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) != true)
            throw new InvalidRequest("body", Domain.Errors.ErrorCodes.UnsupportedMediaType, "send the file as the body with Content-Type: text/csv");
        var name = FileNameOf(fileName);

        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, http.RequestAborted);
        var source = ImportSource.Of(name, body.GetBuffer().AsSpan(0, (int)body.Length));
        body.Position = 0;

        // A retry with the same Idempotency-Key and the same file answers the first import's answer and appends nothing.
        var key = IdempotentAnswer.KeyOf(http);
        var fingerprint = IdempotentAnswer.FingerprintOf(http, new { kind = importKind, file = source.Sha256, name });
        if (await IdempotentAnswer.ReplayAsync(session, http, key, fingerprint) is { } replay) return replay;

        var (rows, errors) = ImportFile.Parse(importKind, new StreamReader(body), Domain.Figures.YearMonth.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
        if (errors.Count > 0) throw new ImportRejected(errors);

        var organization = await CurrentOrganization.LoadAsync(session, http);
        var result = await Importer.ImportAsync(session, importKind, rows, organization.Currency, source, ct: http.RequestAborted);
        // Looked up again now the segments are locked: a concurrent first use of the key has committed by now.
        if (await IdempotentAnswer.ReplayAsync(session, http, key, fingerprint) is { } late)
        {
            session.EjectAllPendingChanges();
            return late;
        }

        return StreamWrites.Answer(session, http, key, fingerprint, result, 0, 201, null, etag: false);
    }

    /// <summary>The file's own name (a path is cut to its last part); none is allowed, a control character or an overlong name is not.</summary>
    private static string? FileNameOf(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName)) return null;
        var name = Path.GetFileName(fileName.Replace('\\', '/').Trim());
        if (name.Length == 0 || name.Length > MaxFileNameLength || name.Any(char.IsControl))
            throw new InvalidRequest("fileName", Domain.Errors.ErrorCodes.WrongType, $"fileName is a file's name of 1 to {MaxFileNameLength} characters, without control characters");
        return name;
    }

    private const int MaxFileNameLength = 255;
}
