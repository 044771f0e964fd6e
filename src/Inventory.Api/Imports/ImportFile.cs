using System.Globalization;
using Inventory.Domain.Errors;
using Inventory.Domain.Figures;
using Inventory.Domain.Limits;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Portfolio.Decisions;
using Inventory.Api.Http;

namespace Inventory.Api.Imports;

public enum ImportKind { usage, satisfaction, cost, outcomes }

/// <summary>What is wrong with one cell (or row) of an import file: <see cref="Code"/> is one of <see cref="ErrorCodes"/>.</summary>
public sealed record ImportError(int Line, string Column, string Code, string Message, IReadOnlyDictionary<string, string> Args)
{
    public ImportError(int line, string column, string code, string message, params (string Name, object? Value)[] args)
        : this(line, column, code, message, ErrorArgs.Of(column, args)) { }
}

/// <summary>
/// A file's row read into a portfolio command, with the line it came from. A value with one command object, not a
/// closure: a large file keeps a million of them until they are decided, and fewer live objects is less for the
/// garbage collector to copy (it was most of the time spent reading a file).
/// </summary>
public readonly record struct ImportRow(int Line, Guid SegmentId, object Command, YearMonth CurrentMonth)
{
    public IPortfolioEvent Decide(SegmentPortfolio state, string currency) => Command switch
    {
        RecordUsage usage => usage.Decide(state, CurrentMonth),
        RecordSatisfaction satisfaction => satisfaction.Decide(state, CurrentMonth),
        RecordOutcome outcome => outcome.Decide(state, CurrentMonth),
        ReviseCost cost => cost.Decide(state, currency),
        _ => throw new InvalidOperationException($"{Command.GetType().Name} is not imported from files"),
    };
}

/// <summary>The documented columns of each kind of import file (header row required, in any order).</summary>
public static class ImportFile
{
    public static readonly IReadOnlyDictionary<ImportKind, string[]> Columns = new Dictionary<ImportKind, string[]>
    {
        [ImportKind.usage] = ["segmentId", "relationshipId", "month", "interactions", "customersReached"],
        [ImportKind.satisfaction] = ["segmentId", "relationshipId", "month", "score", "responses"],
        [ImportKind.cost] = ["segmentId", "relationshipId", "effectiveDate", "monthlyFixedCost", "costPerInteraction", "reason"],
        [ImportKind.outcomes] = ["segmentId", "month", "revenue", "newCustomers", "lostCustomers", "activeCustomers"],
    };

    /// <summary>Reads and checks every row; usage, satisfaction and outcomes of a month after <paramref name="currentMonth"/> (now) are refused.</summary>
    public static (List<ImportRow> Rows, List<ImportError> Errors) Parse(ImportKind kind, TextReader reader, YearMonth currentMonth, Action<int>? progress = null)
    {
        var rows = new List<ImportRow>();
        var errors = new List<ImportError>();
        var expected = Columns[kind];
        Dictionary<string, int>? index = null;
        foreach (var (line, fields) in CsvRows.Read(reader))
        {
            if (index is null)
            {
                index = fields.Select((name, i) => (name.Trim(), i)).GroupBy(f => f.Item1, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
                foreach (var missing in expected.Where(c => !index.ContainsKey(c) && c != "reason"))
                    errors.Add(new ImportError(line, missing, ErrorCodes.MissingColumn, $"the header row has no '{missing}' column (expected: {string.Join(",", expected)})"));
                if (errors.Count > 0) return (rows, errors);
                continue;
            }

            string Cell(string column) => index.TryGetValue(column, out var i) && i < fields.Length ? fields[i].Trim() : "";
            var before = errors.Count;
            void Error(string column, string code, string message, params (string, object?)[] args) => errors.Add(new ImportError(line, column, code, message, args));
            Guid Id(string column)
            {
                if (Guid.TryParse(Cell(column), out var id) && id != Guid.Empty) return id;
                Error(column, ErrorCodes.InvalidId, $"'{Clip(Cell(column))}' is not an id");
                return default;
            }

            long Count(string column, long min)
            {
                if (long.TryParse(Cell(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min) return n;
                Error(column, ErrorCodes.InvalidNumber, $"'{Clip(Cell(column))}' is not a whole number of at least {min}");
                return 0;
            }

            decimal Amount(string column)
            {
                if (decimal.TryParse(Cell(column), NumberStyles.Number, CultureInfo.InvariantCulture, out var d)) return d;
                Error(column, ErrorCodes.InvalidNumber, $"'{Clip(Cell(column))}' is not a number (use . for decimals)");
                return 0;
            }

            YearMonth Month()
            {
                if (YearMonth.TryParse(Cell("month"), out var m))
                {
                    if (InputLimits.InRange(m)) return m;
                    Error("month", ErrorCodes.DateOutOfRange, InputLimits.RangeMessage("month"), Range);
                    return default;
                }

                Error("month", ErrorCodes.InvalidMonth, $"'{Clip(Cell("month"))}' is not a month written YYYY-MM");
                return default;
            }

            if (fields.Length > index.Count) Error("row", ErrorCodes.ExtraFields, $"the row has {fields.Length} fields, the header {index.Count}");
            // Asked of every row, so the columns are named only for a row that has such a cell.
            if (Array.Exists(fields, f => !InputLimits.IsStorable(f)))
            {
                foreach (var name in index.Where(c => c.Value < fields.Length && !InputLimits.IsStorable(fields[c.Value])).Select(c => c.Key))
                    Error(name, ErrorCodes.UnstorableText, $"the cell {InputLimits.UnstorableMessage}");
            }
            var segment = Id("segmentId");
            var relationship = kind == ImportKind.outcomes ? default : Id("relationshipId");
            var row = kind switch
            {
                ImportKind.outcomes => Outcome(line, segment, currentMonth, Month(), Amount("revenue"), Count("newCustomers", 0), Count("lostCustomers", 0),
                    Count("activeCustomers", 0)),
                ImportKind.usage => Usage(line, segment, relationship, currentMonth, Month(), Count("interactions", 0), Count("customersReached", 0)),
                ImportKind.satisfaction => Satisfaction(line, segment, relationship, currentMonth, Month(), Amount("score"), Count("responses", 1)),
                _ => Cost(line, segment, relationship, CostDate(), Amount("monthlyFixedCost"), Amount("costPerInteraction"), Cell("reason")),
            };
            if (errors.Count == before) rows.Add(row);
            progress?.Invoke(line);

            DateOnly CostDate()
            {
                if (RequestFields.TryDate(Cell("effectiveDate"), out var date))
                {
                    if (InputLimits.InRange(date)) return date;
                    Error("effectiveDate", ErrorCodes.DateOutOfRange, InputLimits.RangeMessage("effectiveDate"), Range);
                    return default;
                }

                Error("effectiveDate", ErrorCodes.InvalidDate, $"'{Clip(Cell("effectiveDate"))}' is not a date written YYYY-MM-DD");
                return default;
            }
        }

        if (index is null) errors.Add(new ImportError(1, "header", ErrorCodes.EmptyFile, $"the file is empty; the header row is {string.Join(",", expected)}"));
        return (rows, errors);
    }

    private static ImportRow Usage(int line, Guid segment, Guid relationship, YearMonth current, YearMonth month, long interactions, long customers) =>
        new(line, segment, new RecordUsage(relationship, month, interactions, customers), current);

    private static ImportRow Satisfaction(int line, Guid segment, Guid relationship, YearMonth current, YearMonth month, decimal score, long responses) =>
        new(line, segment, new RecordSatisfaction(relationship, month, score, responses), current);

    private static ImportRow Outcome(int line, Guid segment, YearMonth current, YearMonth month, decimal revenue, long newCustomers, long lostCustomers,
        long activeCustomers) =>
        new(line, segment, new RecordOutcome(month, revenue, newCustomers, lostCustomers, activeCustomers), current);

    private static ImportRow Cost(int line, Guid segment, Guid relationship, DateOnly date, decimal monthly, decimal perInteraction, string reason) =>
        new(line, segment, new ReviseCost(relationship, monthly, perInteraction, null, date, reason.Length == 0 ? "Imported" : reason), default);

    private static readonly (string, object?)[] Range = [("earliest", InputLimits.EarliestDate), ("latest", InputLimits.LatestDate)];

    private static string Clip(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
