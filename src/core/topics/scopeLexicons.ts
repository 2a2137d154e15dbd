import { weighted, type Lexicon } from './topicLexicon';

/**
 * Is the text biomedical or about health? Strong words are ones that rarely mean anything else; "health",
 * "diagnosis" and "cell" also belong to engineering ("structural health", "fault diagnosis", "battery cell"), so
 * they weigh little and blockers claim their engineering senses.
 */
export const biomedicalLexicon: Lexicon = {
  scale: 6,
  phrases: weighted(
    [2, [
      'biomedical', 'biomedicine', 'clinical', 'clinician', 'clinic', 'patient', 'hospital', 'hospitalisation', 'healthcare',
      'health care', 'health informatics', 'medical', 'medicine', 'electronic health record', 'EHR', 'electronic medical record',
      'EMR', 'health record', 'radiology', 'radiologist', 'radiograph', 'radiography', 'pathology', 'pathologist',
      'histopathology', 'histology', 'whole-slide image', 'whole-slide', 'genomics', 'genomic', 'genome', 'genetic variant',
      'transcriptome', 'transcriptomic', 'proteomics', 'protein', 'amino acid', 'single-cell', 'scRNA-seq', 'RNA-seq',
      'gene expression', 'DNA', 'RNA', 'drug', 'drug discovery', 'pharmaceutical', 'pharmacology', 'pharmacist', 'disease',
      'cancer', 'tumour', 'tumor', 'oncology', 'oncologist', 'cardiology', 'cardiologist', 'cardiac', 'electrocardiogram',
      'ECG', 'EKG', 'EEG', 'electroencephalography', 'MRI', 'magnetic resonance imaging', 'computed tomography', 'CT scan',
      'X-ray', 'chest X-ray', 'ultrasound', 'echocardiography', 'fundus', 'retinal', 'retina', 'dermatology', 'dermatologist',
      'dermoscopy', 'ophthalmology', 'mammography', 'biobank', 'ICU', 'intensive care', 'emergency department', 'nurse',
      'nursing', 'physician', 'surgery', 'surgical', 'sepsis', 'diabetes', 'diabetic', 'Alzheimer', 'dementia', 'mental health',
      'psychiatric', 'psychiatry', 'depression', 'public health', 'epidemiology', 'epidemic', 'pandemic', 'COVID-19',
      'SARS-CoV-2', 'influenza', 'vaccine', 'vaccination', 'medication', 'prescription', 'dosing', 'clinical trial',
      'biomarker', 'phenotype', 'phenotyping', 'mutation', 'enzyme', 'antibody', 'cell type', 'tissue', 'lesion', 'anatomy',
      'bioinformatics', 'computational biology', 'biology', 'biological', 'molecular', 'ligand', 'therapy', 'therapeutic',
      'treatment', 'symptom', 'morbidity', 'mortality', 'arrhythmia', 'atrial fibrillation', 'stroke', 'heart failure',
      'hypertension', 'blood pressure', 'vital signs', 'laboratory test', 'lab results', 'discharge summary', 'diagnoses',
      'clinical notes', 'readmission', 'primary care', 'telehealth', 'telemedicine', 'health outcomes', 'infectious disease',
      'bacterial', 'pathogen', 'gene', 'chromatin', 'transcription factor', 'cohort study', 'health system',
    ]],
    [1, [
      'health', 'diagnosis', 'diagnostic', 'prognosis', 'wearable', 'physiological', 'heart rate', 'sleep', 'molecule',
      'compound', 'chemical', 'cell', 'cohort', 'screening', 'imaging', 'scan', 'organ', 'blood', 'heart', 'brain', 'lung',
      'skin', 'eye', 'injury', 'pain', 'wellbeing', 'well-being', 'fitness', 'nutrition', 'population health',
      'triage', 'consent', 'ethics committee', 'medical device', 'FDA', 'HIPAA',
      // Also words of computer security ("infection vector", "virus"): they need other biomedical words beside them.
      'infection', 'infectious', 'virus', 'viral',
    ]],
    [0.5, ['healthy', 'care', 'life sciences', 'chemistry', 'survival']],
    // Engineering and everyday senses of the words above; they claim their words and count for nothing.
    [0, [
      'structural health', 'structural health monitoring', 'machine health', 'system health', 'network health', 'code health',
      'state of health', 'battery health', 'financial health', 'fault diagnosis', 'fault diagnoses', 'diagnosis of faults',
      'root cause diagnosis', 'computer virus', 'solar cell', 'fuel cell', 'battery cell',
      'battery cells', 'cell phone', 'cell tower', 'cellular network', 'spreadsheet cell', 'memory cell', 'health check',
      'remaining useful life', 'thermal comfort', 'infection vector', 'infection vectors', 'infection chain', 'viral marketing',
      'bug triage', 'incident triage', 'alert triage', 'security triage', 'ticket triage', 'lithium-ion cell', 'lithium-ion cells',
      'li-ion cell', 'li-ion cells', 'cell voltage', 'cell capacity', 'cell balancing', 'cell degradation',
    ]],
  ),
};

/**
 * Is the text about foundation models (large pretrained models adapted to many tasks)? Generic deep-learning words
 * ("transformer", "pretrained", "fine-tuned") weigh little: an ImageNet-initialised CNN is not a foundation model.
 */
export const foundationModelLexicon: Lexicon = {
  scale: 4,
  phrases: weighted(
    [2, ['pretraining', 'pre-training', 'pretrain', 'pre-train', 'large model', 'large-scale model']],
    [3, [
      'foundation model', 'large language model', 'LLM', 'large AI model', 'large-scale pretrained model', 'generalist model',
      'generalist medical AI', 'vision-language model', 'VLM', 'multimodal large language model', 'MLLM',
      'large multimodal model', 'LMM', 'language model', 'protein language model', 'DNA language model',
      'genomic language model', 'chemical language model', 'single-cell foundation model', 'pretrained language model',
      'pre-trained language model', 'GPT-4', 'GPT-4V', 'GPT-3', 'GPT-3.5', 'ChatGPT', 'GPT', 'Med-PaLM', 'PaLM', 'LLaMA',
      'Llama 2', 'Llama 3', 'Mistral', 'BERT', 'BioBERT', 'PubMedBERT', 'ClinicalBERT', 'GatorTron',
      'BioGPT', 'ESM-2', 'ESMFold', 'AlphaFold', 'CLIP', 'BiomedCLIP', 'MedSAM', 'Segment Anything', '=SAM', 'RETFound',
      'scGPT', 'Geneformer', 'DNABERT', 'Nucleotide Transformer', 'chatbot', 'chat assistant', 'chat model', 'generative AI',
      'generative pre-trained transformer', 'self-supervised pretraining', 'self-supervised pre-training',
      'large-scale pretraining', 'masked language modeling', 'masked language modelling', 'masked autoencoder',
      'contrastive language-image pretraining', 'instruction tuning', 'instruction-tuned', 'RLHF',
      'reinforcement learning from human feedback', 'in-context learning', 'open-weight', 'billion-parameter',
      'billion parameters', 'pretrained encoder', 'pretrained model', 'pre-trained model',
      'pretrained encoders', 'promptable', 'prompt engineering', 'prompting',
    ]],
    [1.5, [
      'self-supervised', 'zero-shot', 'few-shot', 'prompt',
      'retrieval-augmented generation', 'downstream task', 'downstream tasks', 'linear probe', 'instruction-following',
      'conversational model', 'language model agent', 'transformer encoder', 'vision transformer', 'contrastive pretraining',
      'parameter-efficient fine-tuning', 'LoRA', 'low-rank adapter', 'adapter', 'frozen backbone', 'generalist',
    ]],
    [0.5, ['transformer', 'fine-tuning', 'fine-tuned', 'fine-tune', 'embedding', 'encoder', 'generative']],
    [0.3, ['transfer learning', 'deep learning', 'neural network']],
    // Initialising a CNN from ImageNet weights is transfer learning, not a foundation model.
    [0, [
      'pretrained on ImageNet', 'pre-trained on ImageNet', 'ImageNet-pretrained', 'ImageNet pretrained', 'ImageNet weights',
      'pretrained CNN', 'pretrained ResNet', 'pretrained convolutional', 'pretrained VGG', 'pretrained DenseNet',
      'pretrained weights from ImageNet',
    ]],
  ),
};
