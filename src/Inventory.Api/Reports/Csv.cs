using System.Globalization;
using System.Text;
using Inventory.Api.Http;
using Inventory.Api.Languages;
using Inventory.Domain.Vocabulary;
using nietras.SeparatedValues;

namespace Inventory.Api.Reports;

/// <summary>
/// RFC 4180 CSV with a header row, written with Sep (a field with a comma, a quote or a line break is quoted, quotes
/// doubled); text that a spreadsheet would run as a formula is quoted with a leading apostrophe.
/// Dates are ISO 8601 (<c>2026-12-01</c>), instants ISO 8601 in UTC (<c>2026-11-27T13:13:43Z</c>, with a fraction only when it has one),
/// decimals with a <c>.</c>, whatever the language of the header row.
/// </summary>
public sealed class Csv(params string[] header)
{
    private static readonly SepWriterOptions Options = new Sep(',').Writer(o => o with
    {
        WriteHeader = false,
        Escape = true,
        DisableColCountCheck = true,
        ColNotSetOption = SepColNotSetOption.Empty,
    });

    private readonly SepWriter _writer = Options.ToText();

    public Csv Row(params object?[] values)
    {
        Write(_writer, values);
        return this;
    }

    public override string ToString() => ToString(null);

    /// <summary>The file, its header row in <paramref name="labels"/>' words when given (see <see cref="CsvLabels"/>).</summary>
    public string ToString(Texts? labels)
    {
        using var head = Options.ToText();
        Write(head, CsvLabels.Header(labels, header));
        return head.ToString() + _writer.ToString();
    }

    /// <summary>One CSV line (without its line break), for answers written row by row.</summary>
    public static string Line(params object?[] values)
    {
        using var writer = Options.ToText();
        Write(writer, values);
        return writer.ToString().TrimEnd('\n').TrimEnd('\r');
    }

    private static void Write(SepWriter writer, object?[] values)
    {
        using var row = writer.NewRow();
        for (var i = 0; i < values.Length; i++) row[i].Set(Value(values[i]));
    }

    private const string Instant = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'";

    private static string Value(object? value) => value switch
    {
        null => "",
        string text => Field(text),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.UtcDateTime.ToString(Instant, CultureInfo.InvariantCulture),
        DateTime time => (time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time).ToString(Instant, CultureInfo.InvariantCulture),
        IFormattable f when value is not Enum => f.ToString(null, CultureInfo.InvariantCulture),
        RelationshipType t => Names.Of(t),
        Motivation m => Names.Of(m),
        _ => Field(value.ToString() ?? ""),
    };

    // Sep quotes what needs quoting; this only keeps a spreadsheet from running the text as a formula.
    private static string Field(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0]) ? "'" + text : text;
}

public static class ReportAnswer
{
    /// <summary>CSV when asked with <c>Accept: text/csv</c>, or with <c>?format=csv</c> (a download link can't set headers).</summary>
    public static bool WantsCsv(HttpContext http) =>
        http.Request.Headers.Accept.ToString().Contains("text/csv", StringComparison.OrdinalIgnoreCase)
        || string.Equals(http.Request.Query["format"], "csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>The report as JSON, or as CSV when the client asked for text/csv (with human column names for <c>?labels=</c>).</summary>
    public static IResult Of<T>(HttpContext http, T json, Func<Csv> csv, string name) where T : notnull
    {
        var fields = new RequestFields();
        var labels = CsvLabels.Of(http, fields);
        fields.ThrowIfInvalid();
        if (!WantsCsv(http)) return Results.Json(json);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}.csv\"";
        return Results.Text(csv().ToString(labels), "text/csv; charset=utf-8", Encoding.UTF8);
    }
}
