using System.Globalization;

namespace Inventory.Benchmarks;

/// <summary>The figures of a run, each with its baseline from the same run and the ratio between them.</summary>
public sealed class ResultTable
{
    private readonly List<(string Benchmark, string Figure, double Value, string Unit, string Baseline, double BaselineValue, string Target)> _rows = [];

    public void Add(string benchmark, string figure, double value, string unit, string baseline, double baselineValue, string target = "") =>
        _rows.Add((benchmark, figure, value, unit, baseline, baselineValue, target));

    public void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| benchmark | figure | value | baseline (same run) | baseline value | ratio | target |");
        output.WriteLine("| --- | --- | ---: | --- | ---: | ---: | --- |");
        foreach (var r in _rows)
        {
            var ratio = r.BaselineValue == 0 ? double.NaN : r.Value / r.BaselineValue;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Benchmark} | {r.Figure} | {r.Value:0.##} {r.Unit} | {r.Baseline} | {r.BaselineValue:0.##} {r.Unit} | {ratio:0.00} | {r.Target} |"));
        }
    }
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
