using Alchemist.Aggregation;
using Alchemist.Refinement;

namespace Alchemist.Tests.Refinement;

public class RefineTargetsTests
{
    [Fact]
    public void SortsRowsIntoUncoveredConflictingAndUnsureAndRanksTheWeakestClassFirst()
    {
        // Rows: 0 uncovered; 1 conflicting; 2 covered and sure (class 0); 3 covered and unsure; 4-9 class 0, sure.
        sbyte[] cells = [-1, -1, 0, 1, 0, -1, 1, -1, 0, -1, 0, -1, 0, -1, 0, -1, 0, -1, 0, -1];
        var votes = new LabelMatrix(10, 2, cells, ["a", "b"]);
        float[] p = [0.5f, 0.5f, 0.5f, 0.5f, 0.9f, 0.1f, 0.4f, 0.6f, 0.9f, 0.1f, 0.9f, 0.1f, 0.9f, 0.1f, 0.9f, 0.1f, 0.9f, 0.1f, 0.9f, 0.1f];
        var covered = Enumerable.Range(0, 10).Select(r => r != 0).ToArray();
        var targets = RefineTargets.Find(votes, new Pseudolabels(2, p, covered), [0.5, 0.5]);
        Assert.Equal([0], targets.Uncovered);
        Assert.Equal([1], targets.Conflicting);
        Assert.Equal([3], targets.Unsure);
        Assert.Equal([0, 1, 3], targets.All);
        // Class 1 is voted on 2 rows and predicted on 1, of 5 expected: the weakest.
        Assert.Equal([1, 0], targets.Classes);
        Assert.Equal(0.2, targets.ClassWeakness[1], 9);
    }

    [Fact]
    public void ShowsDistinctTextsThatCouldBeOfTheFocusClassAndIsSeeded()
    {
        var rows = 200;
        var cells = new sbyte[rows];
        for (var r = 0; r < rows; r++) cells[r] = (sbyte)(r % 4 == 0 ? 0 : -1);
        var votes = new LabelMatrix(rows, 1, cells, ["a"]);
        var p = new float[rows * 2];
        for (var r = 0; r < rows; r++) (p[2 * r], p[2 * r + 1]) = r % 4 == 0 ? (0.6f, 0.4f) : (0.5f, 0.5f);
        var posterior = new Pseudolabels(2, p, cells.Select(c => c >= 0).ToArray());
        var texts = Enumerable.Range(0, rows).Select(r => $"row {r % 50}").ToArray();
        var targets = RefineTargets.Find(votes, posterior, [0.5, 0.5]);
        var sample = targets.SampleFor(1, votes, posterior, texts, 12, seed: 3);
        Assert.Equal(12, sample.Length);
        Assert.Equal(12, sample.Select(r => texts[r]).Distinct().Count());
        // Rows voted 0 and leaning to 0 cannot be class 1's: only uncovered rows are shown.
        Assert.All(sample, r => Assert.NotEqual(0, r % 4));
        Assert.Equal(sample, targets.SampleFor(1, votes, posterior, texts, 12, seed: 3));
        Assert.NotEqual(sample, targets.SampleFor(1, votes, posterior, texts, 12, seed: 4));
    }
}
