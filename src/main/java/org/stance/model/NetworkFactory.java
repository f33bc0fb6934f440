package org.stance.model;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.stance.data.Label;

/**
 * The network: the feature vector in (optionally thinned by input dropout), one ReLU hidden layer,
 * dropout before a softmax over the four labels.
 */
final class NetworkFactory {

    private NetworkFactory() {
    }

    static MultiLayerNetwork create(TrainingConfig config, int inputs) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(config.seed())
                .weightInit(WeightInit.XAVIER)
                .updater(new Adam(config.learningRate()))
                .l2(config.l2())
                .list()
                .layer(hidden(config, inputs))
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                        .nIn(config.hiddenUnits())
                        .nOut(Label.ALL.size())
                        .activation(Activation.SOFTMAX)
                        // DL4J's dropOut takes the probability of keeping an activation.
                        .dropOut(1.0 - config.hiddenDropout())
                        .build())
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        return network;
    }

    private static DenseLayer hidden(TrainingConfig config, int inputs) {
        DenseLayer.Builder layer = new DenseLayer.Builder()
                .nIn(inputs)
                .nOut(config.hiddenUnits())
                .activation(Activation.RELU);
        if (config.inputDropout() > 0) {
            layer.dropOut(1.0 - config.inputDropout());
        }
        return layer.build();
    }
}
