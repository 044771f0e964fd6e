using Inventory.Api.Access;
using Inventory.Api.Hosting;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Inventory.Api.Imports;

public static class ImportEndpoint
{
    /// <summary>
    /// Imports a CSV file (the body, <c>text/csv</c>) of monthly usage, satisfaction or cost revisions (<c>?kind=</c>).
    /// All rows or none: a file with a bad row answers 422 listing every bad row (line, column, why).
    /// </summary>
    [WolverinePost("/api/imports"), Authorize(Policy = Policies.Edit)]
    public static async Task<IResult> Post(string? kind, IDocumentSession session, HttpContext http)
    {
        if (!Enum.TryParse<ImportKind>(kind, out var importKind) || !Enum.IsDefined(importKind))
            throw new InvalidRequest("kind", "kind is one of: usage, satisfaction, cost");
        if (http.Request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) != true)
            throw new InvalidRequest("body", "send the file as the body with Content-Type: text/csv");

        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync(http.RequestAborted);
        var (rows, errors) = ImportFile.Parse(importKind, new StringReader(text));
        if (errors.Count > 0) throw new ImportRejected(errors);

        var organization = await CurrentOrganization.LoadAsync(session, http);
        var result = await Importer.ImportAsync(session, importKind, rows, organization.Currency, ct: http.RequestAborted);
        return Results.Json(result, statusCode: 201);
    }
}
