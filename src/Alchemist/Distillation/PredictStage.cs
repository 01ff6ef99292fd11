namespace Alchemist.Distillation;

/// <summary>A part of featurizing and predicting whose wall time <see cref="StageTimes"/> adds up.</summary>
internal enum PredictStage
{
    /// <summary>Opening the end model file.</summary>
    ModelLoad,

    /// <summary>Creating the ONNX Runtime session (first MiniLM use).</summary>
    SessionCreate,

    /// <summary>Reading and parsing input rows (the chunk reader).</summary>
    Read,

    /// <summary>Finding repeated texts and reusing their probabilities (<see cref="DistinctTextPredictor"/>, the cache's own dedup).</summary>
    Dedup,

    /// <summary>Hashing texts into embedding-cache keys.</summary>
    CacheKeys,

    /// <summary>Looking vectors up in the embedding cache.</summary>
    CacheRead,

    /// <summary>Committing new vectors to the embedding cache.</summary>
    CacheWrite,

    /// <summary>WordPiece tokenisation and sorting by length.</summary>
    Tokenize,

    /// <summary>Building the padded id/mask tensors of a batch.</summary>
    Pad,

    /// <summary>The ONNX Runtime session run (the transformer itself).</summary>
    Session,

    /// <summary>Masked mean pooling and L2 normalisation.</summary>
    Pooling,

    /// <summary>TF-IDF featurizing.</summary>
    Tfidf,

    /// <summary>The end model's network on the features.</summary>
    Network,

    /// <summary>Building the output columns and writing them.</summary>
    Write,
}
