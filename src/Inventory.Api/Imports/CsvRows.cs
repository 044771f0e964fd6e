using nietras.SeparatedValues;

namespace Inventory.Api.Imports;

/// <summary>
/// Reads RFC 4180 CSV with Sep: quoted fields (with doubled quotes, commas and line breaks inside), each row with the
/// line it starts on; blank lines are skipped. A quote left open runs to the end of the file, as one field.
/// </summary>
public static class CsvRows
{
    private static readonly SepReaderOptions Options = new Sep(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true });

    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader text)
    {
        using var reader = Options.From(text);
        foreach (var (line, fields) in reader.Enumerate(Row))
            if (fields.Length > 1 || fields[0].Length > 0) yield return (line, fields);
    }

    private static (int Line, string[] Fields) Row(SepReader.Row row)
    {
        var fields = new string[row.ColCount];
        for (var i = 0; i < fields.Length; i++) fields[i] = row[i].ToString();
        // Sep counts the first row's line from its end; every other row's from where it starts.
        return (row.RowIndex == 0 ? 1 : row.LineNumberFrom, fields);
    }
}
