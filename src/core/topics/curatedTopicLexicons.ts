import { weighted, type Lexicon } from './topicLexicon';

/**
 * Curated lexicons for the J-BHI special issue's topics, keyed by the topic title exactly as the call words it, so a
 * user's venue file that copies a topic gets the curated lexicon and any other topic gets one derived from its title.
 * Phrases come from the call, the survey of foundation models in biomedicine and the field's usual vocabulary;
 * weight 2 marks wording that names the topic, 1 wording typical of it, 0.5 wording it shares with other topics.
 * Weight 0 phrases absorb another topic's compound ("prompt injection" is an attack, not prompt engineering).
 */
export const curatedTopicLexicons: ReadonlyMap<string, Lexicon> = new Map<string, Lexicon>([
  ['Basic research on new theories, principles, and structures of biomedical and health foundation models', {
    phrases: weighted(
      [2, [
        'scaling law', 'power law', 'compute-optimal', 'theoretical analysis', 'theoretical framework', 'theory', 'theoretical',
        'generalization bound', 'sample complexity', 'inductive bias', 'mixture of experts', 'MoE', 'state-space model',
        'state-space layer', 'state space', 'equivariant', 'equivariance', 'new architecture', 'novel architecture',
        'new backbone', 'model architecture', 'network architecture', 'architectural', 'design principles', 'first principles',
        'pretraining objective', 'training objective', 'positional encoding', 'expressive power', 'expressivity',
        'convergence analysis', 'we prove', 'provably', 'theorem', 'emergent abilities', 'geometric deep learning',
        'long-range dependencies', 'router', 'routing', 'sparse experts',
      ]],
      [1, [
        'architecture', 'backbone', 'principle', 'principled', 'tokenization', 'tokenizer', 'tokenisation', 'embedding design',
        'attention mechanism', 'symmetry', 'invariance', 'invariant', 'design space', 'model size', 'parameter count',
        'compute budget', 'number of parameters', 'training tokens', 'context length', 'long context', 'hierarchical transformer',
        'graph transformer', 'latent variable', 'representation learning', 'objective', 'modular',
        'specialise', 'specialize',
      ]],
      [0.5, ['ablation', 'ablations', 'perplexity', 'design choices', 'layers', 'weights']],
      [0, ['system architecture', 'software architecture', 'protein structure', 'structure prediction']],
    ),
  }],
  ['Basic research on the interpretability and explainability of biomedical and health foundation models', {
    phrases: weighted(
      [2, [
        'interpretability', 'interpretable', 'explainability', 'explainable', 'explanation', 'explain', 'XAI', 'saliency',
        'saliency map', 'attention map', 'attention rollout', 'Grad-CAM', 'class activation map', 'feature attribution',
        'attribution', 'integrated gradients', 'SHAP', 'Shapley', 'LIME', 'counterfactual explanation', 'concept bottleneck',
        'concept activation vector', 'TCAV', 'probing', 'probe', 'mechanistic interpretability', 'sparse autoencoder',
        'dictionary learning', 'black box', 'black-box model', 'faithfulness', 'faithful', 'rationale', 'self-explanation',
        'transparent', 'transparency', 'internal representations',
        'human-understandable', 'traceable', 'in silico mutagenesis', 'opaque',
      ]],
      [1, [
        'concept', 'plausibility', 'heatmap', 'attention weights', 'shortcut', 'spurious correlation', 'steering', 'neuron',
        'circuit', 'feature visualization', 'trust', 'insight', 'inspect', 'motif', 'eye-tracking', 'gaze', 'highlight',
        'understand', 'decodable',
      ]],
      [0, ['black-box attack', 'black-box attacks']],
    ),
  }],
  ['Prompt engineering in biomedical and health foundation models', {
    phrases: weighted(
      [2, [
        'prompt engineering', 'prompting', 'prompt', 'prompt design', 'prompt template', 'prompt tuning', 'soft prompt',
        'prompt learning', 'prompting strategy', 'chain-of-thought', 'CoT', 'step-by-step reasoning', 'reason step by step',
        'step by step', 'in-context learning', 'in-context example', 'in-context demonstration', 'demonstration',
        'few-shot prompting', 'zero-shot prompting', 'few-shot example', 'exemplar', 'worked example', 'self-consistency',
        'retrieval-augmented generation', 'retrieval-augmented', 'RAG', 'persona', 'role prompting', 'system prompt',
        'prompt variant', 'prompt sensitivity', 'point prompt', 'box prompt', 'visual prompt', 'promptable', 'prompt generator',
        'automatic prompt', 'prompt optimization', 'tree-of-thought', 'ReAct',
      ]],
      [1, [
        'instruction', 'wording', 'template', 'retrieve', 'retrieval', 'retrieved passages', 'passages',
        'reasoning paths', 'majority vote', 'prefix tuning', 'continuous prompt', 'clicks', 'bounding box', 'output format', 'context window', 'chunk', 'few-shot', 'zero-shot',
      ]],
      [0, [
        'prompt injection', 'adversarial prompts', 'jailbreak prompts', 'role-play prompts', 'prompted with', 'when prompted',
        'by prompting', 'instruction-tuned', 'instruction tuning', 'instruction-following',
      ]],
    ),
  }],
  ['Data engineering in biomedical and health foundation models', {
    offset: 2,
    phrases: weighted(
      [2, [
        'data engineering', 'data curation', 'curation', 'data cleaning', 'data quality', 'quality control', 'quality filtering',
        'quality classifier', 'quality score', 'deduplication', 'deduplicate', 'near-duplicate', 'de-duplication', 'MinHash',
        'preprocessing pipeline', 'data pipeline', 'data preprocessing', 'harmonization', 'harmonisation', 'harmonize',
        'synthetic data', 'synthetic', 'data synthesis', 'data generation', 'generated data', 'data augmentation',
        'augmentation', 'data mixture', 'mixture weights', 'mixture proportions', 'data selection', 'data filtering',
        'filtering', 'weak supervision', 'weak labels', 'weakly labelled', 'labelling functions', 'labeling functions',
        'label model', 'label noise', 'noisy labels', 'data-centric', 'boilerplate', 'upsampling', 'rebalance', 'class imbalance',
        'training data', 'pretraining data', 'pretraining corpus', 'pretraining mixture', 'data scarcity', 'data standardization', 'common data model', 'OMOP', 'FHIR',
      ]],
      [1, [
        'preprocessing', 'pipeline', 'curated', 'cleaning', 'filtered', 'annotation', 'labelling', 'labeling', 'labels',
        'standardise', 'standardize', 'normalization', 'normalisation', 'metadata', 'corrupted', 'mislabelled', 'redundant',
        'data', 'subset', 'proportions', 'blend', 'extraction', 'tokens', 'scarce', 'under-represented',
        'active learning', 'coverage', 'diversity',
      ]],
      [0, ['training data extraction', 'data use agreement', 'data protection', 'data sharing', 'data never', 'cell type annotation', 'variant annotation', 'functional annotation', 'genome annotation']],
    ),
  }],
  ['Large-scale biomedical and health dataset', {
    offset: 3,
    phrases: weighted(
      [2, [
        'dataset', 'data set', 'large-scale dataset', 'new dataset', 'public dataset', 'publicly available dataset',
        'we release', 'we present a dataset', 'data descriptor', 'data release', 'resource', 'corpus', 'collection', 'atlas',
        'biobank', 'cohort', 'data use agreement', 'data access', 'open access', 'open-access', 'licence', 'license',
        'image-caption pairs', 'image-text pairs', 'question-answer pairs', 'million images', 'recruitment', 'recruited',
        'participants', 'linked to', 'linkage', 'multi-institutional', 'multi-center', 'multi-centre',
        'repository', 'repositories', 'database', 'registry', 'largest',
      ]],
      [1, [
        'collected', 'released', 'release', 'publicly available', 'de-identified', 'annotations', 'splits', 'demographics',
        'metadata', 'documented', 'versioned', 'studies', 'hospitals', 'people', 'population', 'scale',
        'million', 'records',
      ]],
      [0, ['data augmentation', 'cell type annotation', 'variant annotation', 'functional annotation', 'genome annotation']],
    ),
  }],
  ['Multi-modal learning and alignment for biomedical and health foundation models', {
    phrases: weighted(
      [2, [
        'multi-modal', 'multimodality', 'cross-modal', 'vision-language', 'vision and language', 'image-text', 'image and text',
        'image-report', 'visual question answering', 'VQA', 'alignment',
        'align', 'aligning', 'shared embedding space', 'shared representation', 'joint embedding', 'common space',
        'embedding space', 'contrastive', 'CLIP', 'fusion', 'fuse', 'fused', 'early fusion', 'late fusion', 'modality',
        'missing modality', 'cross-attention', 'grounding', 'phrase grounding', 'visual grounding', 'image captioning',
        'paired', 'pairs', 'text-guided', 'molecule-text', 'audio', 'video', 'multi-omics', 'multi-omic', 'bimodal', 'report generation', 'radiology report generation',
      ]],
      [1, [
        'caption', 'captions', 'text encoder', 'image encoder', 'transcript', 'speech', 'region', 'regions', 'bounding boxes',
        'descriptions', 'text descriptions', 'retrieval', 'combine', 'complementary',
        'integrate', 'sources', 'stream',
      ]],
      [0, ['data sources', 'open-source', 'video memory']],
    ),
  }],
  ['Efficient computing for biomedical and health foundation models', {
    phrases: weighted(
      [2, [
        'efficient', 'efficiency', 'parameter-efficient', 'PEFT', 'LoRA', 'QLoRA', 'low-rank adaptation', 'low-rank adapter',
        'low-rank', 'adapter', 'quantization', 'quantize', 'quantized', 'quantisation', '4-bit', '8-bit', 'int8', 'int4',
        'low precision', 'mixed precision', 'knowledge distillation', 'distillation', 'distilled', 'distil', 'student',
        'teacher', 'compact', 'compression', 'compress', 'pruning', 'prune', 'pruned', 'sparsity', 'token merging',
        'token pruning', 'early exit', 'latency', 'inference time', 'inference speed', 'speedup', 'faster', 'FLOPs',
        'floating-point operations', 'memory footprint', 'GPU memory', 'peak memory', 'energy consumption', 'energy per inference',
        'energy-efficient', 'on-device', 'edge device', 'smartphone', 'phone', 'microcontroller', 'tinyML', 'embedded device',
        'embedded system', 'embedded hardware', 'embedded GPU', 'embedded processor',
        'resource-constrained', 'lightweight', 'single GPU', 'consumer GPU', 'computational cost', 'compute cost',
        'inference cost', 'training cost', 'trainable parameters', 'flash attention', 'linear attention', 'milliseconds',
        'battery life',
      ]],
      [1, [
        'memory', 'energy', 'throughput', 'real-time', 'cost', 'frozen', 'small model', 'smaller model', 'mobile', 'hardware',
        'deployment', 'kilobytes', 'gigabytes', 'operator fusion', 'calibration data', 'per-channel', 'precision', 'fewer',
        'speed', 'fast', 'cheap',
      ]],
      [0, ['communication-efficient', 'data-efficient', 'label-efficient', 'cost-effective', 'memory cell', 'calibration error']],
    ),
  }],
  ['Adversarial robustness of biomedical and health foundation models', {
    phrases: weighted(
      [2, [
        'adversarial', 'adversarial attack', 'adversarial example', 'adversarial perturbation', 'adversarial training',
        'robustness', 'robust', 'attack', 'attacker', 'threat model', 'jailbreak', 'jailbreaking', 'red-teaming', 'red team',
        'prompt injection', 'injected instructions', 'data poisoning', 'poisoning', 'poisoned', 'backdoor', 'trojan', 'trigger',
        'evasion', 'distribution shift', 'dataset shift', 'domain shift', 'covariate shift', 'out-of-distribution', 'OOD',
        'corruption', 'corruptions', 'perturbation', 'perturbed', 'worst-case', 'certified robustness', 'certify', 'certified',
        'randomized smoothing', 'randomised smoothing', 'defence', 'defense', 'vulnerability', 'vulnerable', 'manipulation',
        'manipulated', 'imperceptible', 'black-box attack', 'white-box', 'PGD', 'projected gradient descent', 'FGSM',
        'stress test', 'resilience', 'untrusted', 'malicious', 'fool', 'bypass', 'bypassed',
      ]],
      [1, [
        'shift', 'stain variation', 'scanner', 'misinformation', 'fabricated', 'hidden', 'fails', 'degrade', 'degradation',
        'noise', 'safety classifier', 'guarantee', 'guarantees', 'external sites', 'unseen sites',
      ]],
      [0, ['robust explanations', 'trigger phrases', 'perturbation prediction', 'perturbation response', 'perturbation effect', 'genetic perturbation', 'perturbation screen', 'CRISPR perturbation', 'perturbation tasks']],
    ),
  }],
  ['Applications of foundation models in biomedical and health informatics', {
    offset: 5,
    phrases: weighted(
      [2, [
        'clinical application', 'application', 'applications', 'applied', 'apply', 'real-world', 'diagnosis', 'diagnostic',
        'prognosis', 'risk prediction', 'early detection', 'detection', 'screening', 'triage', 'decision support',
        'clinical decision support', 'clinical workflow', 'workflow', 'retrospective', 'prospective', 'drug discovery',
        'drug repurposing', 'virtual screening', 'protein design', 'protein engineering', 'structure prediction',
        'variant interpretation', 'survival prediction', 'mortality prediction', 'outcome prediction', 'readmission',
        'summarization', 'summaries', 'discharge summary', 'report generation', 'question answering', 'segmentation',
        'surveillance', 'forecasting', 'forecast', 'primary care', 'clinical practice', 'deployed',
        // Application tasks across the survey's five areas (its Figure 3).
        'cell type annotation', 'perturbation prediction', 'gene network', 'disease estimation', 'protein function prediction',
        'variant effect prediction', 'property prediction', 'binding affinity', 'molecule generation', 'clinical trial outcome',
        'treatment effect estimation', 'patient representation', 'phenotyping', 'image classification', 'mental health surveillance',
        'pandemic forecasting', 'precision medicine', 'disease risk',
      ]],
      [1, [
        'AUROC', 'AUC', 'sensitivity', 'specificity', 'concordance', 'cohort', 'patients', 'hospitals', 'clinics', 'outcomes',
        'predict', 'prediction', 'classification', 'grading', 'grade', 'adapted', 'adapt', 'fine-tuned', 'fine-tune',
        'downstream', 'accuracy', 'outperforming', 'outperformed', 'outperforms', 'external', 'validated', 'assays', 'confirm',
        'identify', 'estimate', 'risk', 'detect', 'flagged', 'clinical', 'drafted', 'specialist', 'workload',
      ]],
    ),
  }],
  ['New evaluation paradigms for biomedical and health foundation models', {
    offset: 2,
    phrases: weighted(
      [2, [
        'evaluation', 'evaluation framework', 'evaluation paradigm', 'assessment framework', 'benchmark', 'benchmarking',
        'leaderboard', 'metric', 'new metric', 'rubric', 'human evaluation', 'expert evaluation', 'raters', 'rater',
        'inter-rater agreement', 'reader study', 'testbed', 'test suite', 'contamination', 'data leakage', 'calibration',
        'expected calibration error', 'calibration error', 'selective prediction', 'abstain', 'abstaining', 'LLM-as-a-judge',
        'automated judge', 'judge', 'grader', 'graders', 'ratings', 'rated', 'BLEU', 'ROUGE', 'BERTScore', 'Kendall',
        'error taxonomy', 'error categories', 'error analysis', 'hallucination rate', 'factuality', 'factual correctness',
        'simulated patient', 'holistic evaluation', 'standardized evaluation', 'protocol', 'scorer', 'model comparisons', 'model assessment', 'static', 'comparing', 'compared',
      ]],
      [1, [
        'evaluate', 'assess', 'assessment', 'agreement', 'correlated', 'correlation', 'uncertainty', 'validity', 'reproducibility',
        'ranking', 'ranked', 'rankings', 'dimensions', 'criteria', 'measure', 'measured', 'score', 'scores', 'scoring',
        'physicians', 'multi-turn', 'realistic', 'harness', 'standard', 'overlap metrics',
      ]],
      [0, ['quality score', 'risk score', 'early warning score']],
    ),
  }],
  ['New computer systems for biomedical and health foundation models', {
    scale: 14,
    phrases: weighted(
      [2, [
        'computer system', 'computing system', 'platform', 'infrastructure', 'hardware', 'accelerator', 'FPGA',
        'field-programmable gate array', 'ASIC', 'GPU cluster', 'cluster', 'data centre', 'data center', 'datacenter',
        'high-performance computing', 'HPC', 'supercomputer', 'distributed training', 'pipeline parallelism',
        'pipeline-parallel', 'tensor parallelism', 'data parallelism', 'model parallelism', 'scheduler', 'scheduling',
        'orchestration', 'runtime', 'compiler', 'kernel fusion', 'operator fusion', 'serving', 'serving system',
        'inference server', 'model serving', 'batching', 'key-value cache', 'KV cache', 'cache', 'storage', 'data loading',
        'data-loading', 'I/O', 'fault tolerance', 'checkpointing', 'checkpoint', 'cloud', 'edge-cloud', 'edge computing',
        'software stack', 'toolchain', 'co-design', 'hardware-software', 'offload', 'offloading', 'load balancing',
        'availability', 'capacity planning', 'microservices', 'Kubernetes', 'deployment configuration', 'system architecture',
        'datapath',
      ]],
      [1, [
        'system', 'software', 'nodes', 'GPU', 'GPUs', 'server', 'servers', 'throughput', 'utilisation', 'utilization', 'partition', 'partitions', 'parallelism', 'bandwidth', 'failures', 'incidents', 'operating costs', 'on-premise', 'deployment',
        'engineering', 'integration', 'buffers', 'architecture', 'framework', 'decoding', 'file system', 'solid-state',
      ]],
      [0, ['system prompt', 'immune system', 'nervous system', 'health system', 'grading system', 'model architecture',
        'network architecture', 'new architecture', 'data pipeline', 'cache hit']],
    ),
  }],
  ['Decentralised methods for developing and deploying biomedical and health foundation models', {
    phrases: weighted(
      [2, [
        'decentralised', 'decentralized', 'decentralization', 'federated learning', 'federated', 'federation', 'swarm learning',
        'swarm', 'split learning', 'peer-to-peer', 'gossip', 'blockchain', 'distributed ledger', 'secure aggregation',
        'collaborative training', 'collaborative learning', 'collaboratively', 'without sharing data', 'pooled data', 'centralised data', 'centralized data',
        'central server', 'coordinating server', 'communication rounds', 'communication-efficient', 'communication cost',
        'FedAvg', 'federated averaging', 'non-IID', 'cross-silo', 'cross-device', 'data silos', 'data sovereignty',
        'trusted research environment', 'local training', 'local updates', 'model updates', 'on-premise',
        'on-premises', 'on-device training', 'participating hospitals', 'participating sites', 'consortium', 'consortia',
      ]],
      [1, [
        'client', 'clients', 'sites', 'site', 'aggregation', 'aggregate', 'institutions', 'peers', 'devices', 'local',
        'multi-site', 'heterogeneous data', 'cut layer', 'activations', 'participants', 'collaboration', 'jurisdictions',
        'share', 'sharing', 'averaging', 'convergence',
      ]],
      [0, ['site-specific normalisation', 'external sites', 'unseen sites', 'local models']],
    ),
  }],
  ['Foundation model ethics, safety, privacy, and regulations in biomedicine and healthcare', {
    phrases: weighted(
      [2, [
        'ethics', 'ethical', 'safety', 'safe', 'unsafe', 'harm', 'harmful', 'privacy', 'differential privacy',
        'differentially private', 'DP-SGD', 'privacy budget', 'memorization', 'memorisation', 'memorise', 'memorize',
        'training data extraction', 'extraction attack', 'membership inference', 're-identification', 'de-identification',
        'anonymization', 'anonymisation', 'confidentiality', 'regulation', 'regulatory', 'regulator', 'FDA', 'EU AI Act',
        'AI Act', 'Artificial Intelligence Act', 'medical device regulation', 'software as a medical device', 'GDPR', 'HIPAA',
        'compliance', 'liability', 'accountability', 'accountable', 'governance', 'consent', 'informed consent', 'bias',
        'biased', 'fairness', 'fair', 'equity', 'equitable', 'inequities', 'disparities', 'discrimination', 'racial', 'race',
        'gender', 'trustworthy', 'responsible AI', 'guardrails', 'safeguards', 'oversight', 'human oversight', 'audit',
        'auditing', 'post-market surveillance', 'data protection', 'patient safety', 'risk management', 'harm taxonomy',
        'toxic content', 'legal', 'law', 'policy', 'dangerous',
      ]],
      [1, [
        'epsilon', 'subgroups', 'demographic', 'hallucination', 'misinformation', 'transparency', 'trust', 'sensitive',
        'leak', 'canary', 'extracted', 'red-flag', 'escalation', 'withhold', 'refuse', 'refusal', 'monitoring after deployment',
        'participants', 'obligations', 'principles', 'secure',
      ]],
      [0, ['fair comparison', 'safe harbor', 'privacy-preserving collaborative', 'inductive bias', 'bias term', 'law of']],
    ),
  }],
]);
