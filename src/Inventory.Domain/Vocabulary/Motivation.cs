namespace Inventory.Domain.Vocabulary;

/// <summary>The objective behind a segment's relationships.</summary>
public enum Motivation
{
    Acquisition,
    Retention,
    BoostingSales,
}
