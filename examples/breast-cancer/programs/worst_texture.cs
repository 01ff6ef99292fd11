// Coarse, heterogeneous chromatin (high grey-level variation) is more common in malignant cells.
static string? Label(double worstTexture) => worstTexture > 30 ? "malignant" : worstTexture < 20 ? "benign" : null;
