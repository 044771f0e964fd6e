using Inventory.Api.Http;
using Inventory.Api.Languages;
using Inventory.Domain.Errors;

namespace Inventory.Api.Reports;

/// <summary>
/// <c>?labels=es|pt-BR|en</c> on a CSV answer: the header row in that language's words (<c>csv.&lt;column&gt;</c> in the
/// language files) for a person opening the file; without it the header row is the stable column names programs read.
/// Only the header changes: values stay machine-readable (ISO dates, <c>.</c> decimals, vocabulary names).
/// </summary>
public static class CsvLabels
{
    public const string Parameter = "labels";

    /// <summary>The language asked for, null for the stable column names; a value that is no language is a field error.</summary>
    public static Texts? Of(HttpContext http, RequestFields fields)
    {
        if (!http.Request.Query.TryGetValue(Parameter, out var values)) return null;
        var language = Texts.Supported.FirstOrDefault(l => string.Equals(l, values.ToString(), StringComparison.OrdinalIgnoreCase));
        if (language is not null) return Texts.For(language);
        fields.Error(Parameter, ErrorCodes.NotInVocabulary, $"labels is one of: {string.Join(", ", Texts.Supported)}");
        return null;
    }

    public static string[] Header(Texts? labels, string[] columns) =>
        labels is null ? columns : columns.Select(c => labels[$"csv.{c}"]).ToArray();
}
