using System.Globalization;

namespace Inventory.Benchmarks;

/// <summary>
/// The figures of a run, each with its baseline from the same run and the ratio between them; then the target table
/// of issue 13 (figure, now, target, measured) from the same figures.
/// </summary>
public sealed class ResultTable
{
    private sealed record Row(string Benchmark, string Figure, double Value, string Unit, string Baseline, double? BaselineValue, string Target, string? Summary, string? Note);

    private readonly List<Row> _rows = [];

    // "now": the figures of the main branch before the redesign (issue 13), on this kind of machine.
    private static readonly Dictionary<string, string> Now = new()
    {
        ["commands, 1 client / raw INSERT+commit"] = "0.05",
        ["commands, 32 clients on 32 segments / raw at 32"] = "0.04",
        ["commands, 32 clients on 32 segments: p99 / raw p99"] = "",
        ["commands, 32 clients on one segment (no If-Match) / raw at 32"] = "0.02",
        ["commands, 32 clients on one segment: errors"] = "",
        ["import of usage rows / COPY of the same rows"] = "0.03",
        ["rebuild of every projection / COPY rate"] = "0.00",
        ["mix report p95 at the large history / at the small"] = "1.02",
        ["mix report p95 at the large history / raw read"] = "2.40",
        ["start-up to healthy / bare ASP.NET Core app"] = "9.0",
    };

    public void Add(string benchmark, string figure, double value, string unit, string baseline, double baselineValue, string target = "", string? summary = null) =>
        Keep(new Row(benchmark, figure, value, unit, baseline, baselineValue, target, summary, null));

    /// <summary>A count with no baseline (errors).</summary>
    public void Count(string benchmark, string figure, long value, string? note, string target = "", string? summary = null) =>
        Keep(new Row(benchmark, figure, value, "", "", null, target, summary, note));

    // Each figure is printed as soon as it is measured too: a full run takes long, and one stopped before its end
    // still leaves every figure it reached.
    private void Keep(Row row)
    {
        _rows.Add(row);
        Console.WriteLine(row.BaselineValue is { } b
            ? Text($"measured: {row.Benchmark}, {row.Figure}: {row.Value:0.##} {row.Unit} against {row.Baseline} {b:0.##} {row.Unit}, ratio {Ratio(row):0.00} {row.Target}")
            : Text($"measured: {row.Benchmark}, {row.Figure}: {row.Value:0} {row.Target}"));
    }

    public void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| benchmark | figure | value | baseline (same run) | baseline value | ratio | target |");
        output.WriteLine("| --- | --- | ---: | --- | ---: | ---: | --- |");
        foreach (var r in _rows)
        {
            output.WriteLine(r.BaselineValue is { } b
                ? Text($"| {r.Benchmark} | {r.Figure} | {r.Value:0.##} {r.Unit} | {r.Baseline} | {b:0.##} {r.Unit} | {Ratio(r):0.00} | {r.Target} |")
                : Text($"| {r.Benchmark} | {r.Figure} | {r.Value:0} | | | | {r.Target} |"));
        }

        foreach (var r in _rows.Where(r => r.Note is not null)) output.WriteLine($"{r.Benchmark}, first error: {r.Note}");

        var summary = _rows.Where(r => r.Summary is not null).ToList();
        if (summary.Count == 0) return;
        output.WriteLine();
        output.WriteLine("| figure | now | target | measured |");
        output.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var r in summary)
            output.WriteLine(Text($"| {r.Summary} | {Now.GetValueOrDefault(r.Summary!, "")} | {r.Target} | {(r.BaselineValue is null ? r.Value.ToString("0", CultureInfo.InvariantCulture) : Ratio(r).ToString("0.00", CultureInfo.InvariantCulture))} |"));
    }

    private static double Ratio(Row r) => r.BaselineValue is { } b && b != 0 ? r.Value / b : double.NaN;

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

public static class Percentiles
{
    public static double Of(IReadOnlyList<double> samples, double percentile)
    {
        var sorted = samples.Order().ToArray();
        var index = (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }
}
