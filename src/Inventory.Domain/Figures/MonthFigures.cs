using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inventory.Domain.Figures;

/// <summary>
/// The unrounded figures of a relationship, or of a group of them, for one calendar month: the building block
/// every quarter is summed from, whatever month the organization's fiscal year starts in.
/// </summary>
[JsonConverter(typeof(MonthFiguresJsonConverter))]
public readonly record struct MonthFigures(
    int ActiveAtMonthEnd,
    decimal FixedCost,
    decimal VariableCost,
    long Interactions,
    long Customers,
    decimal SatisfactionPoints,
    long SatisfactionResponses)
{
    public bool IsEmpty => ActiveAtMonthEnd == 0 && FixedCost == 0 && VariableCost == 0 && Interactions == 0
                           && Customers == 0 && SatisfactionResponses == 0;

    /// <summary>A group's month: each figure summed over its relationships.</summary>
    /// <remarks>Checked: a sum too large for its type throws instead of wrapping to a negative figure (decimal sums always do).</remarks>
    public static MonthFigures operator +(MonthFigures a, MonthFigures b) => checked(new(
        a.ActiveAtMonthEnd + b.ActiveAtMonthEnd,
        a.FixedCost + b.FixedCost,
        a.VariableCost + b.VariableCost,
        a.Interactions + b.Interactions,
        a.Customers + b.Customers,
        a.SatisfactionPoints + b.SatisfactionPoints,
        a.SatisfactionResponses + b.SatisfactionResponses));

    public static MonthFigures operator -(MonthFigures a, MonthFigures b) => checked(new(
        a.ActiveAtMonthEnd - b.ActiveAtMonthEnd,
        a.FixedCost - b.FixedCost,
        a.VariableCost - b.VariableCost,
        a.Interactions - b.Interactions,
        a.Customers - b.Customers,
        a.SatisfactionPoints - b.SatisfactionPoints,
        a.SatisfactionResponses - b.SatisfactionResponses));

    /// <summary>
    /// The quarter made of its three months: costs, interactions and survey answers add up; the active count is the
    /// last month's (the quarter end); customers is the largest monthly figure.
    /// </summary>
    public static QuarterFigures Quarter(MonthFigures first, MonthFigures second, MonthFigures third) => checked(new(
        third.ActiveAtMonthEnd,
        first.FixedCost + second.FixedCost + third.FixedCost,
        first.VariableCost + second.VariableCost + third.VariableCost,
        first.Interactions + second.Interactions + third.Interactions,
        Math.Max(first.Customers, Math.Max(second.Customers, third.Customers)),
        first.SatisfactionPoints + second.SatisfactionPoints + third.SatisfactionPoints,
        first.SatisfactionResponses + second.SatisfactionResponses + third.SatisfactionResponses));
}

/// <summary>Stored compactly as [active, fixed, variable, interactions, customers, satisfactionPoints, responses]: figures documents hold many of them.</summary>
public sealed class MonthFiguresJsonConverter : JsonConverter<MonthFigures>
{
    public override MonthFigures Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("Month figures are an array of seven numbers");
        reader.Read(); var active = reader.GetInt32();
        reader.Read(); var fixedCost = reader.GetDecimal();
        reader.Read(); var variableCost = reader.GetDecimal();
        reader.Read(); var interactions = reader.GetInt64();
        reader.Read(); var customers = reader.GetInt64();
        reader.Read(); var points = reader.GetDecimal();
        reader.Read(); var responses = reader.GetInt64();
        reader.Read();
        if (reader.TokenType != JsonTokenType.EndArray) throw new JsonException("Month figures are an array of seven numbers");
        return new MonthFigures(active, fixedCost, variableCost, interactions, customers, points, responses);
    }

    public override void Write(Utf8JsonWriter writer, MonthFigures value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.ActiveAtMonthEnd);
        writer.WriteNumberValue(value.FixedCost);
        writer.WriteNumberValue(value.VariableCost);
        writer.WriteNumberValue(value.Interactions);
        writer.WriteNumberValue(value.Customers);
        writer.WriteNumberValue(value.SatisfactionPoints);
        writer.WriteNumberValue(value.SatisfactionResponses);
        writer.WriteEndArray();
    }
}
